using System.Security.Claims;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Infrastructure.Identity;

namespace UnHabitat.Meetings.Web.Security;

/// <summary>The signed-in user of the current HTTP request; nobody outside a request (start-up, jobs).</summary>
internal sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? UserId => Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string? UserName => IsAuthenticated ? Principal!.FindFirstValue(ClaimTypes.Name) : null;

    public string? DisplayName => Principal?.FindFirstValue(MeetingsClaimsFactory.DisplayNameClaim) ?? UserName;

    public string? MemberState => Principal?.FindFirstValue(MeetingsClaimsFactory.MemberStateClaim);

    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;
}
