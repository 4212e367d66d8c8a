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
    public static DocumentDto From(Document d, Meeting meeting, Body body, DateTimeOffset now, DateTimeOffset? lastVisit = null) => From(
        new DocumentRow(d.Id, d.MeetingId, d.Symbol, d.Title, d.Category, d.AgendaItemId, d.Distribution, d.OriginalLanguage, d.Required, d.DueAt, d.PublishedAt,
            d.LateJustification, d.Revises, d.SupersededBy, d.Version),
        [.. d.Languages.Select(l => new DocumentLanguageLine(l.Language, l.Status))],
        [.. d.Files.Select(f => new DocumentFileLine(f.Language, f.Version, f.Size, f.UploadedAt))],
        meeting, body, now, lastVisit);

    /// <summary>The same line from the columns a list reads (<paramref name="files"/>: every version; the latest of each language shows).</summary>
    internal static DocumentDto From(DocumentRow d, IReadOnlyList<DocumentLanguageLine> languages, IReadOnlyList<DocumentFileLine> files, Meeting meeting, Body body, DateTimeOffset now, DateTimeOffset? lastVisit) => new(
        d.Id, d.MeetingId, d.Symbol, d.Title, d.Category, d.AgendaItemId, d.Distribution, d.OriginalLanguage, d.Required, d.DueAt,
        d.DueAt is null ? null : DocumentDeadline.Rule(d.DueAt.Value, meeting.Schedule, body.DocumentDeadlineDays),
        d.PublishedAt,
        Document.IsLate(d.Required, d.DueAt, d.PublishedAt, now),
        d.LateJustification, d.Revises, d.SupersededBy,
        [.. OfficialLanguages.All.Where(l => languages.Any(x => x.Language == l) || files.Any(f => f.Language == l)).Select(l =>
        {
            var file = files.Where(f => f.Language == l).MaxBy(f => f.Version);
            var status = languages.FirstOrDefault(x => x.Language == l)?.Status ?? LanguageStatus.Missing;
            return new LanguageVersionDto(l, status, file?.Version, file?.Size, file?.UploadedAt, file is not null && lastVisit is not null && file.UploadedAt > lastVisit);
        })],
        d.Version);
}

/// <summary>A document's own columns, as a list reads them.</summary>
internal sealed record DocumentRow(
    Guid Id, Guid MeetingId, string Symbol, string Title, DocumentCategory Category, Guid? AgendaItemId, Distribution Distribution, string OriginalLanguage,
    bool Required, DateTimeOffset? DueAt, DateTimeOffset? PublishedAt, string? LateJustification, Guid? Revises, Guid? SupersededBy, int Version);

internal sealed record DocumentLanguageLine(string Language, LanguageStatus Status);

internal sealed record DocumentFileLine(string Language, int Version, long Size, DateTimeOffset UploadedAt);
