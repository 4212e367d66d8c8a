using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Application.Security;

public static class CallerExtensions
{
    /// <summary>The caller as histories record them. Only signed-in callers reach the handlers that ask.</summary>
    public static Actor AsActor(this ICurrentUser user) =>
        new(user.UserId ?? throw new Pipeline.UnauthenticatedException(), user.DisplayName ?? user.UserName ?? "unknown");

    /// <summary>The Secretariat (and an administrator) serve every body; everyone else is an insider of some bodies at most.</summary>
    public static bool ServesEveryBody(this ICurrentUser user) =>
        user.IsAuthenticated && (user.IsInRole(Roles.Secretariat) || user.IsInRole(Roles.Administrator));

    /// <summary>
    /// The one rule for drafts (ADR 014): the Secretariat for every body, a chair for the bodies they chair.
    /// Before approval or publication, what is drafted does not exist for anyone else.
    /// </summary>
    public static bool SeesDraftsOf(this ICurrentUser user, Body body) =>
        user.IsAuthenticated && body.ShowsDraftsTo(user.ServesEveryBody(), user.IsInRole(Roles.Chair) ? user.UserId : null);

    /// <summary>For what only the body's insiders read at all (the record, attendance, action points, deadlines): 403 for others.</summary>
    public static void EnsureSeesDraftsOf(this ICurrentUser user, Body body)
    {
        if (!user.SeesDraftsOf(body))
        {
            throw new ForbiddenException($"Only the Secretariat and the chairs of the {body.ShortName} read this.");
        }
    }
}
