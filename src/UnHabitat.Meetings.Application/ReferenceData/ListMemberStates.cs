using MediatR;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Reference;

namespace UnHabitat.Meetings.Application.ReferenceData;

[RequiresSignedInUser]
public sealed record ListMemberStates : IQuery<IReadOnlyList<MemberState>>;

internal sealed class ListMemberStatesHandler : IRequestHandler<ListMemberStates, IReadOnlyList<MemberState>>
{
    public Task<IReadOnlyList<MemberState>> Handle(ListMemberStates request, CancellationToken cancellationToken) =>
        Task.FromResult(MemberStates.All);
}
