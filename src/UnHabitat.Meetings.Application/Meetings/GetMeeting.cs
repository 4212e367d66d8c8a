using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Meetings;

[PublicRequest]
public sealed record GetMeeting(Guid Id) : IQuery<MeetingDto>;

internal sealed class GetMeetingHandler(IMeetingsDbContext db) : IRequestHandler<GetMeeting, MeetingDto>
{
    public async Task<MeetingDto> Handle(GetMeeting request, CancellationToken cancellationToken)
    {
        var (meeting, body) = await db.LoadMeetingAsync(request.Id, cancellationToken).ConfigureAwait(false);
        return MeetingDto.From(meeting, body);
    }
}
