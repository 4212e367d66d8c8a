using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Documents;
using UnHabitat.Meetings.Domain.Meetings;

namespace UnHabitat.Meetings.Application.Documents;

public sealed record LanguageVersionDto(string Language, LanguageStatus Status, int? Version, long? Size, DateTimeOffset? UploadedAt, bool NewSinceLastVisit);

public sealed record DocumentDto(
    Guid Id,
    Guid MeetingId,
    string Symbol,
    string Title,
    DocumentCategory Category,
    Guid? AgendaItemId,
    Distribution Distribution,
    string OriginalLanguage,
    bool Required,
    DateTimeOffset? DueAt,
    string? DueRule,
    DateTimeOffset? PostedAt,
    bool Late,
    string? LateJustification,
    Guid? Revises,
    Guid? SupersededBy,
    IReadOnlyList<LanguageVersionDto> Languages,
    int Version)
{
    public static DocumentDto From(Document d, Meeting meeting, Body body, DateTimeOffset now, DateTimeOffset? lastVisit = null) => new(
        d.Id, d.MeetingId, d.Symbol, d.Title, d.Category, d.AgendaItemId, d.Distribution, d.OriginalLanguage, d.Required, d.DueAt,
        d.DueAt is null ? null : DocumentDeadline.Rule(d.DueAt.Value, meeting.Schedule, body.DocumentDeadlineDays),
        d.PublishedAt,
        d.IsLateAt(now),
        d.LateJustification, d.Revises, d.SupersededBy,
        [.. OfficialLanguages.All.Where(l => d.Languages.Any(x => x.Language == l) || d.Files.Any(f => f.Language == l)).Select(l =>
        {
            var file = d.CurrentFile(l);
            var status = d.Languages.FirstOrDefault(x => x.Language == l)?.Status ?? LanguageStatus.Missing;
            return new LanguageVersionDto(l, status, file?.Version, file?.Size, file?.UploadedAt, file is not null && lastVisit is not null && file.UploadedAt > lastVisit);
        })],
        d.Version);
}
