using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Infrastructure.Identity;

namespace UnHabitat.Meetings.Web.Security;

/// <summary>
/// Administrators must sign in with a second factor (Identity:AdministratorsNeedTwoFactor, on unless turned
/// off). One who has none yet is signed in after the password only to set it up: every page but the set-up
/// and signing out sends them there, and the API answers 403. Runs after <see cref="LiveAccountCheck"/>, whose
/// read of the user row it reuses (the same DbContext finds it without asking the database again).
/// </summary>
internal static class SecondFactorGate
{
    public const string SetUpPath = "/account/two-factor";

    public static async Task Apply(HttpContext context, RequestDelegate next)
    {
        if (context.User.IsInRole(Roles.Administrator)
            && TwoFactorSettings.AdministratorsNeedIt(context.RequestServices.GetRequiredService<IConfiguration>())
            && !IsOpenWhileSettingUp(context.Request)
            && !await HasSecondFactorAsync(context).ConfigureAwait(false))
        {
            if (AuthenticationSetup.IsApi(context.Request))
            {
                await Results.Problem(
                    statusCode: StatusCodes.Status403Forbidden,
                    title: "Two-factor sign-in needed",
                    detail: $"Administrators sign in with a second factor. Set it up in the pages ({SetUpPath}), then ask for a token with its code in \"code\".")
                    .ExecuteAsync(context).ConfigureAwait(false);
            }
            else
            {
                context.Response.Redirect(SetUpPath);
            }

            return;
        }

        await next(context).ConfigureAwait(false);
    }

    private static bool IsOpenWhileSettingUp(HttpRequest request) =>
        request.Path.StartsWithSegments(SetUpPath, StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments("/account/logout", StringComparison.OrdinalIgnoreCase);

    private static async Task<bool> HasSecondFactorAsync(HttpContext context)
    {
        var users = context.RequestServices.GetRequiredService<UserManager<MeetingsUser>>();
        var id = context.User.FindFirstValue(users.Options.ClaimsIdentity.UserIdClaimType);
        var user = id is null ? null : await users.FindByIdAsync(id).ConfigureAwait(false);
        return user?.TwoFactorEnabled == true;
    }
}
