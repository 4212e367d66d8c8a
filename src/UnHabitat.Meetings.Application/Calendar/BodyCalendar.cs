using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Calendar;

/// <summary>The public calendar of a body's meetings (or of all bodies).</summary>
[PublicRequest]
public sealed record BodyCalendar(Guid? BodyId) : IQuery<string>;

internal sealed class BodyCalendarHandler(IMeetingsDbContext db) : IRequestHandler<BodyCalendar, string>
{
    public async Task<string> Handle(BodyCalendar request, CancellationToken cancellationToken) =>
        await db.CalendarOfAsync(request.BodyId is null ? null : [request.BodyId.Value], cancellationToken).ConfigureAwait(false);
}
