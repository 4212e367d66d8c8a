using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using UnHabitat.Meetings.Infrastructure.Identity;
using UnHabitat.Meetings.Web.Security;

namespace UnHabitat.Meetings.Web.Ui;

/// <summary>
/// Signing in through the organisation's identity provider (ADR 020). Every route is 404 while single
/// sign-on is not configured. The provider only says who the person is: the account is found by the verified
/// e-mail address it vouches for, and the application's own cookie is issued as for a password sign-in.
/// </summary>
[Route("account/sso")]
public sealed class SingleSignOnController(SingleSignOnState state, SignInManager<MeetingsUser> signIn, PasswordCheck audit) : UiController
{
    /// <summary>The button of the sign-in page: off to the provider, and back to <see cref="Done"/>.</summary>
    [HttpGet("")]
    [AllowAnonymous]
    [EnableRateLimiting(AuthenticationSetup.LoginRateLimit)]
    public async Task<IActionResult> Start(string? returnUrl)
    {
        if (!state.IsOn)
        {
            return NotFound();
        }

        var done = Url.Action(nameof(Done), new { returnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : null });
        try
        {
            await HttpContext.ChallengeAsync(SingleSignOn.Scheme, new AuthenticationProperties { RedirectUri = done });
            return new EmptyResult();
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException && !Response.HasStarted)
        {
            // The provider's discovery document could not be read: a page saying so, not an error of the server.
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return View("Refused", new ProblemPage(StatusCodes.Status503ServiceUnavailable, "Not signed in",
                $"The sign-in with {state.Settings!.DisplayName} cannot be reached just now. Try again in a moment, or sign in with your e-mail address and password."));
        }
    }

    /// <summary>Where the provider's answer, once checked, lands: the account it names, or a page saying why not.</summary>
    [HttpGet("done")]
    [AllowAnonymous]
    [EnableRateLimiting(AuthenticationSetup.LoginRateLimit)]
    public async Task<IActionResult> Done(string? returnUrl)
    {
        if (!state.IsOn)
        {
            return NotFound();
        }

        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        if (!external.Succeeded || external.Principal is null)
        {
            // No answer of the provider (the short cookie expired, or the page was opened by hand): start again.
            return RedirectToAction(nameof(AccountController.Login), "Account", new { returnUrl });
        }

        var provider = state.Settings!.DisplayName;
        var email = external.Principal.FindFirstValue("email")?.Trim();
        var verified = bool.TryParse(external.Principal.FindFirstValue("email_verified"), out var isVerified) && isVerified;
        if (string.IsNullOrEmpty(email) || (state.Settings.RequireVerifiedEmail && !verified))
        {
            await audit.AuditAsync(null, string.IsNullOrEmpty(email) ? $"{provider} (single sign-on)" : email, SignInOutcomes.SingleSignOnUnverifiedAddress);
            return Refused(string.IsNullOrEmpty(email)
                ? $"{provider} did not give your e-mail address, so it cannot be matched to an account here. Sign in with your e-mail address and password instead, or ask the Secretariat of Governing Bodies."
                : $"{provider} did not confirm that {email} is a verified address of yours, so it cannot be matched to an account here. Sign in with your e-mail address and password instead, or ask the Secretariat of Governing Bodies.");
        }

        var user = await signIn.UserManager.FindByEmailAsync(email);
        if (user is null)
        {
            await audit.AuditAsync(null, email, SignInOutcomes.SingleSignOnUnknownAddress);
            return Refused($"There is no account here for {email}. Accounts are opened by invitation: ask the Secretariat of Governing Bodies to invite this address, then sign in with {provider} again.");
        }

        if (user.DeactivatedAt is not null)
        {
            await audit.AuditAsync(user, email, SignInOutcomes.SingleSignOnDeactivated);
            return Refused($"The account for {email} is deactivated. Ask an administrator to reactivate it.");
        }

        // The same cookie, claims and security stamp as a password sign-in; roles come from here, never from the provider.
        await signIn.SignInAsync(user, isPersistent: false);
        await audit.AuditAsync(user, email, SignInOutcomes.SingleSignOn);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }

    /// <summary>Where a provider's answer that could not be trusted leads (it is in the audit log).</summary>
    [HttpGet("refused")]
    [AllowAnonymous]
    public IActionResult Refused() => state.IsOn
        ? Refused($"The sign-in with {state.Settings!.DisplayName} could not be completed: its answer could not be checked, so nobody was signed in. Try again; if it keeps happening, tell the Secretariat of Governing Bodies.")
        : NotFound();

    private ViewResult Refused(string message)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View("Refused", new ProblemPage(StatusCodes.Status403Forbidden, "Not signed in", message));
    }
}
