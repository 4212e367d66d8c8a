using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Users;
using UnHabitat.Meetings.Infrastructure.Identity;
using UnHabitat.Meetings.Web.Security;

namespace UnHabitat.Meetings.Web.Ui;

public sealed class CodeForm
{
    [Display(Name = "Code")]
    public string? Code { get; set; }
}

/// <param name="Codes">Recovery codes just made: shown on this page only.</param>
public sealed record TwoFactorPage(TwoFactorStatus Status, CodeForm Form, IReadOnlyList<string>? Codes = null);

/// <summary>
/// Two-factor sign-in: the code asked after the password on the sign-in page, and each person's own page to
/// set it up with an authenticator app, make new recovery codes or turn it off (ADR 019).
/// </summary>
[Route("account")]
public sealed class TwoFactorController(SignInManager<MeetingsUser> signIn, SecondFactorCheck codes) : UiController
{
    public const string SecondStepPath = "/account/second-factor";

    /// <summary>The second step of signing in, for someone whose password was right a moment ago.</summary>
    [HttpGet("second-factor")]
    [AllowAnonymous]
    public async Task<IActionResult> SecondFactor() =>
        await PendingSignIn.FindAsync(HttpContext) is null ? RedirectToAction(nameof(AccountController.Login), "Account") : View(new CodeForm());

    [HttpPost("second-factor")]
    [AllowAnonymous]
    [EnableRateLimiting(AuthenticationSetup.LoginRateLimit)]
    public async Task<IActionResult> SecondFactor(CodeForm form)
    {
        if (await PendingSignIn.FindAsync(HttpContext) is not { } pending)
        {
            Saved("The sign-in took too long or was interrupted: type your e-mail address and password again.");
            return RedirectToAction(nameof(AccountController.Login), "Account");
        }

        if (string.IsNullOrWhiteSpace(form.Code))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            ModelState.AddModelError(nameof(CodeForm.Code), "Type the six-digit code your authenticator app shows, or one of your recovery codes.");
            return View(form);
        }

        if (!await codes.CheckAsync(pending.User, form.Code))
        {
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            ModelState.AddModelError(nameof(CodeForm.Code), codes.Refusal);
            return View(new CodeForm());
        }

        await PendingSignIn.EndAsync(HttpContext);
        await signIn.SignInAsync(pending.User, isPersistent: false, authenticationMethod: "mfa");
        return LocalRedirect(pending.ReturnUrl is { } back && Url.IsLocalUrl(back) ? back : "/");
    }

    /// <summary>The person's own two-factor page.</summary>
    [HttpGet("two-factor")]
    public async Task<IActionResult> Index() => View(new TwoFactorPage(await Mediator.Send(new GetTwoFactorStatus()), new CodeForm()));

    [HttpPost("two-factor/start")]
    public async Task<IActionResult> Start()
    {
        if (await TrySendAsync(new StartTwoFactorSetup(), null, typeof(CodeForm)) is null)
        {
            return View(nameof(Index), new TwoFactorPage(await Mediator.Send(new GetTwoFactorStatus()), new CodeForm()));
        }

        // A new key changes the security stamp: the cookie is issued again so this session goes on.
        await RefreshAsync();
        return Redirect(SecondFactorGate.SetUpPath);
    }

    [HttpPost("two-factor/enable")]
    public async Task<IActionResult> Enable(CodeForm form)
    {
        var recoveryCodes = await TrySendAsync(new EnableTwoFactor(form.Code ?? ""), null, typeof(CodeForm));
        if (recoveryCodes is null)
        {
            return View(nameof(Index), new TwoFactorPage(await Mediator.Send(new GetTwoFactorStatus()), form));
        }

        await RefreshAsync();
        TempData[SavedKey] = "Two-factor sign-in is on: from now on you type a code from your app after your password.";
        return View(nameof(Index), new TwoFactorPage(await Mediator.Send(new GetTwoFactorStatus()), new CodeForm(), recoveryCodes));
    }

    [HttpPost("two-factor/recovery-codes")]
    public async Task<IActionResult> RecoveryCodes()
    {
        var recoveryCodes = await TrySendAsync(new NewRecoveryCodes(), null, typeof(CodeForm));
        TempData[SavedKey] = recoveryCodes is null ? null : "New recovery codes are made; the earlier ones no longer work.";
        return View(nameof(Index), new TwoFactorPage(await Mediator.Send(new GetTwoFactorStatus()), new CodeForm(), recoveryCodes));
    }

    [HttpPost("two-factor/disable")]
    public async Task<IActionResult> Disable()
    {
        if (await TrySendAsync(new TurnOffTwoFactor(), null, typeof(CodeForm)) is null)
        {
            return View(nameof(Index), new TwoFactorPage(await Mediator.Send(new GetTwoFactorStatus()), new CodeForm()));
        }

        await RefreshAsync();
        Saved("Two-factor sign-in is off: you sign in with your password alone.");
        return Redirect(SecondFactorGate.SetUpPath);
    }

    private async Task RefreshAsync()
    {
        if (await signIn.UserManager.GetUserAsync(User) is { } me)
        {
            await signIn.SignInAsync(me, isPersistent: false, authenticationMethod: "mfa");
        }
    }
}
