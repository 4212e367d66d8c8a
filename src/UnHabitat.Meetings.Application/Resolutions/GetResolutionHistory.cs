using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Application.Summaries;
using UnHabitat.Meetings.Domain.Meetings;
using UnHabitat.Meetings.Domain.Records;
using UnHabitat.Meetings.Domain.Resolutions;

namespace UnHabitat.Meetings.Application.Resolutions;

/// <summary>
/// One thing said about a resolution in a meeting. Delegations read it as the published summary prints it (with
/// its paragraph number); the Secretariat and the body's chairs read the record as entered, with the real speaker.
/// </summary>
public sealed record StatementDto(string Kind, Guid Id, string? Topic, string Text, string? Speaker, int? Paragraph);

/// <summary>A meeting's agenda item where the resolution was on the agenda or was spoken about.</summary>
public sealed record DiscussionDto(Guid MeetingId, string Meeting, DateTimeOffset LocalStartsAt, Guid AgendaItemId, string AgendaItem, IReadOnlyList<StatementDto> Statements);

public sealed record ResolutionHistoryDto(ResolutionDto Resolution, IReadOnlyList<UpdateDto> Updates, IReadOnlyList<DiscussionDto> Discussions);

/// <summary>
/// A resolution's story: its updates across reporting periods (oldest first), and the meetings and agenda items
/// where it was discussed, with what was said.
/// </summary>
[RequiresSignedInUser]
public sealed record GetResolutionHistory(Guid Id) : IQuery<ResolutionHistoryDto>;

internal sealed class GetResolutionHistoryHandler(IMeetingsDbContext db, ICurrentUser user) : IRequestHandler<GetResolutionHistory, ResolutionHistoryDto>
{
    public async Task<ResolutionHistoryDto> Handle(GetResolutionHistory request, CancellationToken cancellationToken)
    {
        var resolution = await db.Resolutions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == request.Id, cancellationToken).ConfigureAwait(false)
            ?? throw new Errors.NotFoundException("Resolution", request.Id);
        var reference = resolution.ParsedReference;
        var key = reference.ToString();

        // Linked when recorded; entries recorded before the link existed are found by reading their topic now.
        var numbers = $"{reference.Series}/{reference.Number}";
        var interventions = (await db.Interventions.AsNoTracking()
            .Where(i => i.ResolutionReference == key || (i.ResolutionReference == null && i.Topic != null && i.Topic.Contains(numbers)))
            .ToListAsync(cancellationToken).ConfigureAwait(false)).Where(i => Names(i, key)).ToList();
        var responses = (await db.SecretariatResponses.AsNoTracking()
            .Where(r => r.ResolutionReference == key || (r.ResolutionReference == null && r.Topic != null && r.Topic.Contains(numbers)))
            .ToListAsync(cancellationToken).ConfigureAwait(false)).Where(r => Names(r, key)).ToList();

        var meetingIds = interventions.Select(i => i.MeetingId).Concat(responses.Select(r => r.MeetingId)).ToHashSet();
        // The agenda items naming it, read once as a set of meetings (not one look into each meeting's agenda).
        var onTheAgenda = db.Meetings.SelectMany(m => m.Agenda.Items.Where(item => item.Title.Contains(numbers)), (m, _) => m.Id);
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => meetingIds.Contains(m.Id) || onTheAgenda.Contains(m.Id))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var bodyIds = meetings.Select(m => m.BodyId).Distinct().ToList();
        var bodies = await db.Bodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, cancellationToken).ConfigureAwait(false);

        // Insiders of a meeting's body (ADR 014) read its record as entered; for the others, only what a
        // published summary they may read prints, and the meeting itself once its agenda is approved.
        var insiderOf = meetings.Where(m => user.SeesDraftsOf(bodies[m.BodyId])).Select(m => m.Id).ToHashSet();
        var published = new Dictionary<Guid, Domain.Summaries.AssembledSummary>();
        var outside = meetings.Where(m => !insiderOf.Contains(m.Id)).ToDictionary(m => m.Id);
        var outsideIds = outside.Keys.ToList();
        foreach (var summary in await db.MeetingSummaries.AsNoTracking().Where(s => outsideIds.Contains(s.Id)).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            var meeting = outside[summary.Id];
            if (summary.LatestPublished is { } latest && SummarySupport.MayReadPublished(user, bodies[meeting.BodyId], meeting))
            {
                published[summary.Id] = SummarySupport.Read(latest);
            }
        }

        meetings = [.. meetings.Where(m => insiderOf.Contains(m.Id) || m.Agenda.IsVisibleToDelegations || published.ContainsKey(m.Id))];

        var discussions = new List<DiscussionDto>();
        foreach (var meeting in meetings.OrderBy(m => m.StartsAt))
        {
            var entries = interventions.Where(i => i.MeetingId == meeting.Id).Select(i => (Entry: (RecordEntry)i, Kind: "Intervention", Speaker: Describe(i.Speaker)))
                .Concat(responses.Where(r => r.MeetingId == meeting.Id).Select(r => (Entry: (RecordEntry)r, Kind: "Response", Speaker: "The Secretariat")))
                .ToList();
            var items = meeting.Agenda.InOrder()
                .Where(item => Mentions(item.Title, key) || entries.Exists(e => e.Entry.AgendaItemId == item.Id));
            foreach (var item in items)
            {
                var statements = new List<StatementDto>();
                foreach (var (entry, kind, speaker) in entries.Where(e => e.Entry.AgendaItemId == item.Id).OrderBy(e => e.Entry.Round).ThenBy(e => e.Kind == "Response").ThenBy(e => e.Entry.Sequence))
                {
                    if (insiderOf.Contains(meeting.Id))
                    {
                        statements.Add(new(kind, entry.Id, entry.Topic, entry.Text, speaker, null));
                    }
                    else if (published.TryGetValue(meeting.Id, out var summary)
                        && summary.Blocks.FirstOrDefault(b => b.Source?.Id == entry.Id) is { } block)
                    {
                        statements.Add(new(kind, entry.Id, entry.Topic, block.Text, null, block.Number));
                    }
                }

                discussions.Add(new(meeting.Id, Meeting.TitleFor(meeting.Number, bodies[meeting.BodyId].Name), meeting.Schedule.LocalStart, item.Id,
                    $"{meeting.Agenda.NumberOf(item.Id)} {item.Title}", statements));
            }
        }

        var dto = ResolutionDto.From(resolution);
        return new ResolutionHistoryDto(dto, dto.Updates, discussions);
    }

    private static bool Names(RecordEntry entry, string key) =>
        entry.ResolutionReference == key || (entry.ResolutionReference is null && ResolutionReference.FindIn(entry.Topic)?.ToString() == key);

    /// <summary>An agenda item may name several resolutions ("in line with resolution 2/7 and decision 2024/3").</summary>
    private static bool Mentions(string title, string key)
    {
        for (var rest = title; ResolutionReference.FindIn(rest) is { } found; )
        {
            if (found.ToString() == key)
            {
                return true;
            }

            var at = rest.IndexOf($"{found.Series}/{found.Number}", StringComparison.Ordinal);
            rest = at < 0 ? "" : rest[(at + 1)..];
        }

        return false;
    }

    private static string Describe(Speaker speaker) => speaker.Kind switch
    {
        SpeakerKind.MemberState => speaker.StateName ?? speaker.MemberState ?? "A Member State",
        SpeakerKind.Group => $"{speaker.StateName ?? speaker.MemberState}, on behalf of {speaker.OnBehalfOf}",
        SpeakerKind.MemberStates => string.Join(", ", speaker.JointStates.Select(s => Domain.Reference.MemberStates.Find(s)?.Name ?? s)),
        SpeakerKind.Chair => "The Chair",
        SpeakerKind.Secretariat => "The Secretariat",
        _ => speaker.Name ?? "An observer",
    };
}
