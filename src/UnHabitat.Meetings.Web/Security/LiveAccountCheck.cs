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
/// cannot be revoked one by one, ADR 007). The row is read through <see cref="LiveAccounts"/> (ADR 021), which
/// forgets it the moment a change to a user commits.
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

        // Read through LiveAccounts (ADR 021): emptied as soon as a change to a user commits here.
        var user = await context.RequestServices.GetRequiredService<LiveAccounts>().GetAsync(id, async () =>
        {
            // Two columns, untracked: no whole user is built for this.
            var db = context.RequestServices.GetRequiredService<MeetingsDbContext>();
            var row = await db.Users.AsNoTracking().Where(u => u.Id == id)
                .Select(u => new { u.SecurityStamp, u.DeactivatedAt }).FirstOrDefaultAsync(context.RequestAborted).ConfigureAwait(false);
            return row is null ? null : (row.SecurityStamp, row.DeactivatedAt is null);
        }).ConfigureAwait(false);
        return user is { Active: true } live
            && string.Equals(live.Stamp, context.User.FindFirstValue(stampClaim), StringComparison.Ordinal);
    }
}
