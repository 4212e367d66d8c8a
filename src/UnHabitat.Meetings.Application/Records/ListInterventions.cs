using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Paging;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Records;

/// <summary>
/// A meeting's interventions in the order of the record, with the real speakers (or only the questions no
/// response answers yet): one page at a time, for the Secretariat and the chairs of the meeting's body.
/// </summary>
[RequiresRole(Roles.Secretariat, Roles.Chair)]
public sealed record ListInterventions(Guid MeetingId, bool OnlyOpenQuestions = false, PageRequest? Page = null) : IQuery<Page<InterventionDto>>, IPagedQuery;

internal sealed class ListInterventionsHandler(IMeetingsDbContext db, ICurrentUser user) : IRequestHandler<ListInterventions, Page<InterventionDto>>
{
    public async Task<Page<InterventionDto>> Handle(ListInterventions request, CancellationToken cancellationToken)
    {
        var bodyId = await db.Meetings.Where(m => m.Id == request.MeetingId).Select(m => (Guid?)m.BodyId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("Meeting", request.MeetingId);
        user.EnsureSeesDraftsOf(await db.Bodies.AsNoTracking().FirstAsync(b => b.Id == bodyId, cancellationToken).ConfigureAwait(false));

        var interventions = db.Interventions.AsNoTracking().Where(i => i.MeetingId == request.MeetingId);
        if (request.OnlyOpenQuestions)
        {
            // A question stays open until a response of the meeting points at it: asked in SQL, not over the whole record.
            var meetingId = request.MeetingId;
            interventions = interventions.Where(i => i.IsQuestion
                && !db.SecretariatResponses.Any(r => r.MeetingId == meetingId && r.Answers.Any(a => a.InterventionId == i.Id)));
        }

        // An intervention is one row (its speaker is stored with it): only the page's rows are read.
        var page = await interventions.OrderBy(i => i.Sequence).ThenBy(i => i.Id).ToPageAsync(request.Page, cancellationToken).ConfigureAwait(false);
        return page.Map(InterventionDto.From);
    }
}
