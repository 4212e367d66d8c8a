using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Decisions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Meetings;
using UnHabitat.Meetings.Domain.Summaries;

namespace UnHabitat.Meetings.Application.Summaries;

internal static class SummarySupport
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Assembles the summary from the current record.</summary>
    public static async Task<AssembledSummary> AssembleAsync(this IMeetingsDbContext db, Guid meetingId, CancellationToken ct)
    {
        var (meeting, body) = await db.LoadMeetingAsync(meetingId, ct).ConfigureAwait(false);
        var record = await db.MeetingRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Id == meetingId, ct).ConfigureAwait(false);
        var paragraphs = await db.RecordParagraphs.AsNoTracking().Where(p => p.MeetingId == meetingId).ToListAsync(ct).ConfigureAwait(false);
        var interventions = await db.Interventions.AsNoTracking().Where(i => i.MeetingId == meetingId).ToListAsync(ct).ConfigureAwait(false);
        var responses = await db.SecretariatResponses.AsNoTracking().Where(r => r.MeetingId == meetingId).ToListAsync(ct).ConfigureAwait(false);
        var decisions = await db.DecisionsAtAsync([meetingId], ct).ConfigureAwait(false);
        return SummaryAssembler.Assemble(new SummarySource(meeting, body, record, paragraphs, interventions, responses, decisions));
    }

    /// <summary>The summary's workflow, created as a draft the first time anyone asks.</summary>
    public static async Task<MeetingSummary> WorkflowAsync(this IMeetingsDbContext db, Guid meetingId, CancellationToken ct)
    {
        var summary = await db.MeetingSummaries.FirstOrDefaultAsync(s => s.Id == meetingId, ct).ConfigureAwait(false);
        if (summary is null)
        {
            summary = new MeetingSummary(meetingId);
            db.MeetingSummaries.Add(summary);
        }

        return summary;
    }

    public static SummaryDto Dto(MeetingSummary summary, AssembledSummary content, SummaryStatus status, int revision, ICurrentUser user, Body body)
    {
        var insider = user.SeesDraftsOf(body);
        var secretariat = user.ServesEveryBody();
        var chair = user.UserId is { } id && body.IsChairedBy(id);
        return new(summary.Id, status, revision, content,
            [.. summary.Published.OrderBy(p => p.Revision).Select(p => new PublishedRevisionDto(p.Revision, p.PublishedAt, p.PublishedBy))], summary.Version,
            insider ? summary.StepsFor(secretariat, chair) : [],
            insider ? [.. summary.History.Select(h => new SummaryStepDto(h.Revision, h.Step, h.From, h.To, h.ByName, h.ByChair, h.At, h.Comment))] : [],
            insider ? summary.RecordFrozenBecause : null);
    }

    /// <summary>
    /// Which text of the summary the caller gets: a published revision (the latest, or the one asked for), or null for
    /// the working draft, which only the body's insiders see; anything else is not found for them (<see cref="GetSummary"/>).
    /// </summary>
    public static PublishedRevision? Choose(MeetingSummary summary, Meeting meeting, Body body, ICurrentUser user, int? revision)
    {
        var insider = user.SeesDraftsOf(body);
        var wanted = revision is null
            ? (insider ? null : summary.LatestPublished)
            : summary.Published.FirstOrDefault(p => p.Revision == revision);
        if (revision is not null && wanted is null && !(insider && revision == summary.Revision))
        {
            throw new NotFoundException($"Revision {revision} of the summary of meeting", meeting.Id);
        }

        if (wanted is not null)
        {
            return MayReadPublished(user, body, meeting) ? wanted : throw new NotFoundException("Summary of meeting", meeting.Id);
        }

        // Nothing published yet: for outsiders the summary does not exist.
        return insider ? null : throw new NotFoundException("Summary of meeting", meeting.Id);
    }

    /// <summary>
    /// Who may read a published summary: the body's insiders (ADR 014) always; signed-in users unless the body's documents are
    /// Restricted (then only its members' delegations); the public only when they are of General distribution.
    /// </summary>
    public static bool MayReadPublished(ICurrentUser user, Body body, Meeting meeting) =>
        user.SeesDraftsOf(body) || body.PublishedPapersAdmit(user.IsAuthenticated, user.MemberState, meeting.Schedule.Day);

    public static AssembledSummary Read(PublishedRevision published) =>
        JsonSerializer.Deserialize<AssembledSummary>(published.Content, Json)!;
}
