using FluentValidation;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Documents;
using UnHabitat.Meetings.Domain.Resolutions;

namespace UnHabitat.Meetings.Application.Resolutions;

public sealed record OperativeParagraphDto(string? Number, string? Text);

public sealed record UpdatePointDto(string? Text, IReadOnlyList<string>? Ops);

public sealed record ParagraphStatusDto(string? Op, string? Status);

public sealed record MilestoneDto(string? Label, string? Due, bool? Achieved);

public sealed record MilestoneViewDto(string Label, string Due, string DueText, bool Achieved);

public sealed record UpdateDto(
    Guid Id,
    string Period,
    DateOnly AsOf,
    ImplementationStatus Status,
    IReadOnlyList<UpdatePointDto> Points,
    IReadOnlyList<ParagraphStatusDto> Paragraphs,
    IReadOnlyList<MilestoneViewDto> Milestones,
    string? Challenges,
    string? LessonsLearned,
    string RecordedBy,
    DateTimeOffset RecordedAt)
{
    public static UpdateDto From(ImplementationUpdate u) => new(
        u.Id,
        u.Period,
        u.AsOf,
        u.Status,
        [.. u.PointsInOrder.Select(p => new UpdatePointDto(p.Text, [.. p.References.Select(r => r.ToString())]))],
        [.. u.ParagraphStatuses.OrderBy(s => s.Parsed.Paragraph).ThenBy(s => s.Parsed.SubParagraph).Select(s => new ParagraphStatusDto(s.Paragraph, s.Status.ToString()))],
        [.. u.MilestonesInOrder.Select(m => new MilestoneViewDto(m.Label, m.Due, m.DueDate.Words, m.Achieved))],
        u.Challenges,
        u.LessonsLearned,
        u.RecordedBy,
        u.RecordedAt);
}

public sealed record ResolutionDto(
    Guid Id,
    Guid BodyId,
    string Symbol,
    ResolutionKind Kind,
    string Reference,
    string Title,
    int Session,
    int Year,
    bool IsTimeBound,
    DateOnly? EndsOn,
    IReadOnlyList<OperativeParagraphDto> OperativeParagraphs,
    IReadOnlyList<string> Units,
    IReadOnlyList<string> Documents,
    ImplementationStatus? LatestStatus,
    IReadOnlyList<UpdateDto> Updates,
    int Version)
{
    public static ResolutionDto From(Resolution r) => new(
        r.Id,
        r.BodyId,
        r.Symbol,
        r.Kind,
        r.Reference,
        r.Title,
        r.Session,
        r.Year,
        r.IsTimeBound,
        r.EndsOn,
        [.. r.Paragraphs.OrderBy(p => p.Position).Select(p => new OperativeParagraphDto(p.Number, p.Text))],
        r.UnitList,
        r.DocumentList,
        r.UpdatesInOrder.LastOrDefault()?.Status,
        [.. r.UpdatesInOrder.Select(UpdateDto.From)],
        r.Version);
}
