using FluentValidation;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Meetings;
using UnHabitat.Meetings.Domain.Records;
using UnHabitat.Meetings.Domain.Reference;

namespace UnHabitat.Meetings.Application.Records;

public sealed record SpeakerDto(SpeakerKind Kind, string? MemberState, IReadOnlyList<string>? MemberStates, string? OnBehalfOf, string? Name, string? Function = null);

public sealed record InterventionDto(Guid Id, Guid AgendaItemId, int Round, string? Topic, SpeakerDto Speaker, AttributionPolicy? Attribution, string? LeadIn, string Text, bool IsQuestion, int Version)
{
    public static InterventionDto From(Intervention i) => new(i.Id, i.AgendaItemId, i.Round, i.Topic,
        new SpeakerDto(i.Speaker.Kind, i.Speaker.MemberState, i.Speaker.JointStates.Count == 0 ? null : i.Speaker.JointStates, i.Speaker.OnBehalfOf, i.Speaker.Name, i.Speaker.Function),
        i.Attribution, i.LeadIn, i.Text, i.IsQuestion, i.Version);
}

public sealed record ResponseDto(Guid Id, Guid AgendaItemId, int Round, string? Topic, string Text, IReadOnlyList<Guid> RespondsTo, int Version)
{
    public static ResponseDto From(SecretariatResponse r) => new(r.Id, r.AgendaItemId, r.Round, r.Topic, r.Text, [.. r.Answers.Select(a => a.InterventionId)], r.Version);
}

public sealed record ParagraphDto(Guid Id, Guid AgendaItemId, int Round, ParagraphKind Kind, string Text, IReadOnlyList<string> Items, int Version)
{
    public static ParagraphDto From(RecordParagraph p) => new(p.Id, p.AgendaItemId, p.Round, p.Kind, p.Text, p.ItemList, p.Version);
}

/// <summary>What a deletion removed: the entry's id and kind (the API answers 204 without it).</summary>
public sealed record DeletedEntry(Guid Id, string Kind);
