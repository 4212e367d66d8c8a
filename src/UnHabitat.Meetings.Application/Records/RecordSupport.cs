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

/// <summary>Checks every record use case shares.</summary>
internal static class RecordSupport
{
    /// <summary>
    /// Loads the meeting for a change to its record: the record behind a published or cleared summary
    /// is frozen until the Secretariat starts a revision.
    /// </summary>
    public static async Task<(Meeting Meeting, Body Body)> MeetingForRecordAsync(this IMeetingsDbContext db, Guid meetingId, CancellationToken ct)
    {
        var found = await db.LoadMeetingAsync(meetingId, ct).ConfigureAwait(false);
        var summary = await db.MeetingSummaries.FirstOrDefaultAsync(s => s.Id == meetingId, ct).ConfigureAwait(false);
        summary?.EnsureRecordCanChange();
        return found;
    }

    /// <summary>An action point of this meeting, for a change: the meeting's record must still be open.</summary>
    public static async Task<(Meeting Meeting, ActionPoint Point)> ActionPointForRecordAsync(this IMeetingsDbContext db, Guid meetingId, Guid actionPointId, CancellationToken ct)
    {
        var (meeting, _) = await db.MeetingForRecordAsync(meetingId, ct).ConfigureAwait(false);
        var point = await db.ActionPoints.FirstOrDefaultAsync(a => a.Id == actionPointId && a.MeetingId == meeting.Id, ct).ConfigureAwait(false)
            ?? throw new NotFoundException("Action point", actionPointId);
        return (meeting, point);
    }

    /// <summary>Every intervention a response answers is in this meeting's record.</summary>
    public static async Task EnsureInterventionsAsync(this IMeetingsDbContext db, Guid meetingId, IReadOnlyList<Guid> answers, CancellationToken ct)
    {
        var known = await db.Interventions.Where(i => i.MeetingId == meetingId && answers.Contains(i.Id)).Select(i => i.Id).ToListAsync(ct).ConfigureAwait(false);
        for (var i = 0; i < answers.Count; i++)
        {
            if (!known.Contains(answers[i]))
            {
                throw InvalidInput.For($"respondsTo[{i}]", $"There is no intervention {answers[i]} in this meeting's record.");
            }
        }
    }

    /// <summary>Every change or deletion sends back the version it read.</summary>
    public static void Version<T>(AbstractValidator<T> v, Func<T, int?> version) =>
        v.RuleFor(x => version(x)).NotNull().WithMessage("Send back the version you read (\"version\" in the body or an If-Match header).").OverridePropertyName("version");

    /// <summary>An entry goes under an item of this meeting's own agenda.</summary>
    public static void EnsureOwnItem(this Meeting meeting, Guid agendaItemId)
    {
        if (!meeting.Agenda.Contains(agendaItemId))
        {
            throw InvalidInput.For("agendaItemId", "This agenda item is not on this meeting's agenda.");
        }
    }

    /// <summary>
    /// An entry of this meeting's record (an intervention, response or paragraph) for a change or deletion, as its
    /// sender read it: 404 when it is not in this meeting's record, 409 when it changed meanwhile.
    /// </summary>
    public static async Task<T> EntryToChangeAsync<T>(this IQueryable<T> entries, Guid meetingId, Guid entryId, int version, string what, CancellationToken ct)
        where T : RecordEntry
    {
        var entry = await entries.FirstOrDefaultAsync(e => e.Id == entryId && e.MeetingId == meetingId, ct).ConfigureAwait(false)
            ?? throw new NotFoundException(what, entryId);
        entry.EnsureVersion(version);
        return entry;
    }

    public static async Task<long> NextSequenceAsync<T>(this IQueryable<T> entries, Guid meetingId, CancellationToken ct)
        where T : RecordEntry =>
        (await entries.Where(e => e.MeetingId == meetingId).MaxAsync(e => (long?)e.Sequence, ct).ConfigureAwait(false) ?? 0) + 1;

    public static Speaker ToSpeaker(this SpeakerDto dto) =>
        new(dto.Kind, dto.MemberState, dto.MemberStates, dto.OnBehalfOf?.Trim(), dto.Name?.Trim(), dto.Function?.Trim());

    /// <summary>The shape of a speaker: a known State for a State or a group, two or more for a joint statement.</summary>
    public static void Speaker<T>(AbstractValidator<T> v, Func<T, SpeakerDto?> speaker)
    {
        v.RuleFor(x => speaker(x)).NotNull().WithMessage("Say who spoke.").OverridePropertyName("speaker");
        v.When(x => speaker(x) is not null, () =>
        {
            v.RuleFor(x => speaker(x)!.Kind).IsInEnum().OverridePropertyName("speaker.kind");
            v.RuleFor(x => speaker(x)!.MemberState).Must(MemberStates.IsKnown)
                .When(x => speaker(x)!.Kind is SpeakerKind.MemberState or SpeakerKind.Group)
                .WithMessage("Give the Member State that spoke: its ISO code (FR or FRA) or its name.").OverridePropertyName("speaker.memberState");
            v.RuleFor(x => speaker(x)!.MemberStates).Must(s => s is { Count: >= 2 } && s.All(MemberStates.IsKnown))
                .When(x => speaker(x)!.Kind == SpeakerKind.MemberStates)
                .WithMessage("A joint statement names at least two Member States by their ISO codes (FR or FRA) or names.").OverridePropertyName("speaker.memberStates");
            v.RuleFor(x => speaker(x)!.OnBehalfOf).NotEmpty().MaximumLength(Limits.Name)
                .When(x => speaker(x)!.Kind == SpeakerKind.Group).OverridePropertyName("speaker.onBehalfOf");
            v.RuleFor(x => speaker(x)!.Name).MaximumLength(Limits.Name).OverridePropertyName("speaker.name");
            v.RuleFor(x => speaker(x)!.Name).NotEmpty().When(x => speaker(x)!.Kind == SpeakerKind.Official)
                .WithMessage("Give the official's name as it is to be printed, e.g. Ms. A. Example.").OverridePropertyName("speaker.name");
            v.RuleFor(x => speaker(x)!.Function).MaximumLength(Limits.Name).OverridePropertyName("speaker.function");
        });
    }

    /// <summary>A paragraph's list: each item one line of text.</summary>
    public static void ListItems<T>(AbstractValidator<T> v, Func<T, IReadOnlyList<string>?> items) =>
        v.RuleForEach(x => items(x)).NotEmpty().MaximumLength(Limits.Text).Must(i => !i.Contains('\n', StringComparison.Ordinal))
            .WithMessage("A list item is one line of text.").OverridePropertyName("items");

    public static void Placement<T>(AbstractValidator<T> v, Func<T, Guid> agendaItemId, Func<T, int?> round, Func<T, string?> topic, Func<T, string?> text)
    {
        v.RuleFor(x => agendaItemId(x)).NotEmpty().OverridePropertyName("agendaItemId");
        v.RuleFor(x => round(x)).InclusiveBetween(1, 20).When(x => round(x) is not null).OverridePropertyName("round");
        v.RuleFor(x => topic(x)).MaximumLength(Limits.Name).WithMessage("A topic is at most 300 characters.").OverridePropertyName("topic");
        v.RuleFor(x => text(x)).NotEmpty().MaximumLength(Limits.Text).OverridePropertyName("text");
    }
}
