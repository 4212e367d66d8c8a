using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Summaries;

namespace UnHabitat.Meetings.Application.Summaries;

/// <summary>
/// What the caller's summary is printed from, without assembling it: the text <see cref="GetSummary"/> would give
/// them, decided by the same rule (<see cref="SummarySupport.Choose"/>; not found where it is not found), named by the
/// versions it is made of. A published revision never changes, so it is named by its number; the working draft by the
/// version of everything the assembly reads (meeting with its agenda, body, record, each paragraph, intervention,
/// response and decision: every change bumps one, and a row added or removed changes the set). Equal stamps, equal
/// documents; the printed copy can be reused by its stamp.
/// </summary>
[PublicRequest]
public sealed record GetSummaryStamp(Guid MeetingId, int? Revision = null) : IQuery<SummaryStamp>;

/// <summary>
/// The name of one text of the summary (<see cref="Key"/>), the revision it is numbered as, and the start of its file's name
/// (<see cref="GetMeetingFileName"/>: known here already, so a first print does not load the meeting once more for it).
/// </summary>
public sealed record SummaryStamp(string Key, int Revision, string FileStem);

internal sealed class GetSummaryStampHandler(IMeetingsDbContext db, ICurrentUser user) : IRequestHandler<GetSummaryStamp, SummaryStamp>
{
    public async Task<SummaryStamp> Handle(GetSummaryStamp request, CancellationToken cancellationToken)
    {
        var (meeting, body) = await db.LoadMeetingAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        var summary = await db.MeetingSummaries.AsNoTracking().FirstOrDefaultAsync(s => s.Id == meeting.Id, cancellationToken).ConfigureAwait(false)
            ?? new MeetingSummary(meeting.Id);
        // The meeting and the body also name the file and the title; the summary's version moves with its workflow.
        var stem = GetMeetingFileNameHandler.Stem(body.SymbolPrefix, body.ShortName, meeting.Number);
        var common = string.Create(CultureInfo.InvariantCulture, $"summary {meeting.Id} meeting {meeting.Version} body {body.Id} {body.Version} workflow {summary.Version}");
        if (SummarySupport.Choose(summary, meeting, body, user, request.Revision) is { } published)
        {
            return new SummaryStamp(string.Create(CultureInfo.InvariantCulture, $"{common} published {published.Revision}"), published.Revision, stem);
        }

        var id = meeting.Id;
        var parts = await db.MeetingRecords.Where(r => r.Id == id).Select(r => new { r.Id, r.Version })
            .Concat(db.RecordParagraphs.Where(p => p.MeetingId == id).Select(p => new { p.Id, p.Version }))
            .Concat(db.Interventions.Where(i => i.MeetingId == id).Select(i => new { i.Id, i.Version }))
            .Concat(db.SecretariatResponses.Where(r => r.MeetingId == id).Select(r => new { r.Id, r.Version }))
            .Concat(db.Decisions.Where(d => d.MeetingId == id).Select(d => new { d.Id, d.Version }))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var versions = new StringBuilder();
        foreach (var part in parts.OrderBy(p => p.Id))
        {
            versions.Append(part.Id.ToString("N")).Append(':').Append(part.Version.ToString(CultureInfo.InvariantCulture)).Append(' ');
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(versions.ToString())));
        return new SummaryStamp(string.Create(CultureInfo.InvariantCulture, $"{common} draft {summary.Status} {summary.Revision} {hash}"), summary.Revision, stem);
    }
}
