using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using UnHabitat.Meetings.Infrastructure.Identity;

namespace UnHabitat.Meetings.Web.Security;

/// <summary>
/// On every signed-in request, the account must still exist, be active and have the security stamp the
/// token or cookie was issued with. Deactivating a user, changing their roles or resetting their password
/// changes the stamp, so what they held stops working at once rather than when it expires (bearer tokens
/// cannot be revoked one by one, ADR 007). One read of the user row by its key per request.
/// </summary>
internal static class LiveAccountCheck
{
    public static async Task Apply(HttpContext context, RequestDelegate next)
    {
        if (context.User.Identity?.IsAuthenticated == true && !await IsLiveAsync(context).ConfigureAwait(false))
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
            if (!AuthenticationSetup.IsApi(context.Request))
            {
                // Drop the dead cookie, so the browser stops sending it.
                context.Response.Cookies.Delete(context.RequestServices.GetRequiredService<IOptionsMonitor<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>>()
                    .Get(IdentityConstants.ApplicationScheme).Cookie.Name!);
            }
        }

        await next(context).ConfigureAwait(false);
    }

    private static async Task<bool> IsLiveAsync(HttpContext context)
    {
        var users = context.RequestServices.GetRequiredService<UserManager<MeetingsUser>>();
        var stampClaim = users.Options.ClaimsIdentity.SecurityStampClaimType;
        var id = context.User.FindFirstValue(users.Options.ClaimsIdentity.UserIdClaimType);
        var user = id is null ? null : await users.FindByIdAsync(id).ConfigureAwait(false);
        return user is not null
            && user.DeactivatedAt is null
            && string.Equals(user.SecurityStamp, context.User.FindFirstValue(stampClaim), StringComparison.Ordinal);
    }
}
