using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Records;
using UnHabitat.Meetings.Domain.Reference;

namespace UnHabitat.Meetings.Application.Records;

public sealed record StateMarkedAwayDto(string MemberState, string Name, AttendanceStatus Status);

/// <summary>The States marked Apologies or Absent that took the floor, with the attendance's version to correct it.</summary>
public sealed record StatesMarkedAwayDto(IReadOnlyList<StateMarkedAwayDto> States, int AttendanceVersion);

/// <summary>For the live record's warning: States recorded as away although an intervention of theirs is recorded.</summary>
[RequiresRole(Roles.Secretariat)]
public sealed record ListStatesMarkedAwayThatSpoke(Guid MeetingId) : IQuery<StatesMarkedAwayDto>;

internal sealed class ListStatesMarkedAwayThatSpokeHandler(IMeetingsDbContext db) : IRequestHandler<ListStatesMarkedAwayThatSpoke, StatesMarkedAwayDto>
{
    public async Task<StatesMarkedAwayDto> Handle(ListStatesMarkedAwayThatSpoke request, CancellationToken cancellationToken)
    {
        await db.LoadMeetingAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        var record = await db.MeetingRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Id == request.MeetingId, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return new StatesMarkedAwayDto([], AttendanceSupport.NothingRecordedYet);
        }

        var interventions = await db.Interventions.AsNoTracking().Where(i => i.MeetingId == request.MeetingId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var away = record.MarkedAwayAmong(interventions.Select(i => i.Speaker));
        return new StatesMarkedAwayDto([.. away.Select(a => new StateMarkedAwayDto(a.MemberState, MemberStates.Find(a.MemberState)?.Name ?? a.MemberState, a.Status))], record.Version);
    }
}
