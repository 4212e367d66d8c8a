using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Application.Security;

public static class CallerExtensions
{
    /// <summary>The caller as histories record them. Only signed-in callers reach the handlers that ask.</summary>
    public static Actor AsActor(this ICurrentUser user) =>
        new(user.UserId ?? throw new Pipeline.UnauthenticatedException(), user.DisplayName ?? user.UserName ?? "unknown");

    /// <summary>
    /// Those who prepare and approve agendas see them in every state; delegations and the public only once
    /// approved (before that, for them, the agenda does not exist).
    /// </summary>
    public static bool SeesDrafts(this ICurrentUser user) =>
        user.IsAuthenticated && (user.IsInRole(Roles.Secretariat) || user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Chair));
}
