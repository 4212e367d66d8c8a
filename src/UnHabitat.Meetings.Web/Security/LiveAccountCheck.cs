using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UnHabitat.Meetings.Infrastructure.Identity;
using UnHabitat.Meetings.Infrastructure.Persistence;

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
        var claims = context.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var stampClaim = claims.SecurityStampClaimType;
        if (!Guid.TryParse(context.User.FindFirstValue(claims.UserIdClaimType), out var id))
        {
            return false;
        }

        // Two columns, untracked: this runs on every signed-in request (a download too), so no whole user is built.
        var db = context.RequestServices.GetRequiredService<MeetingsDbContext>();
        var user = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.SecurityStamp, u.DeactivatedAt }).FirstOrDefaultAsync(context.RequestAborted).ConfigureAwait(false);
        return user is not null
            && user.DeactivatedAt is null
            && string.Equals(user.SecurityStamp, context.User.FindFirstValue(stampClaim), StringComparison.Ordinal);
    }
}
