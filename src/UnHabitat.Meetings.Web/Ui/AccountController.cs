using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using UnHabitat.Meetings.Application.Users;
using UnHabitat.Meetings.Infrastructure.Identity;
using UnHabitat.Meetings.Web.Security;

namespace UnHabitat.Meetings.Web.Ui;

public sealed class LoginForm
{
    [Required(ErrorMessage = "Give your e-mail address.")]
    [EmailAddress(ErrorMessage = "This is not an e-mail address.")]
    [Display(Name = "E-mail address")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Give your password.")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }
}

/// <summary>Choosing a password from the link of an e-mail: an invitation or a password reset.</summary>
public sealed class SetPasswordForm
{
    [Display(Name = "E-mail address")]
    public string? Email { get; set; }

    public string? Token { get; set; }

    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string? NewPassword { get; set; }
}

public sealed class ForgotPasswordForm
{
    [Display(Name = "E-mail address")]
    public string? Email { get; set; }
}

[Route("account")]
public sealed class AccountController(SignInManager<MeetingsUser> signIn, PasswordCheck passwords) : UiController
{
    [HttpGet("login")]
    [AllowAnonymous]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [HttpPost("login")]
    [AllowAnonymous]
    [EnableRateLimiting(AuthenticationSetup.LoginRateLimit)]
    public async Task<IActionResult> Login(LoginForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var user = await passwords.CheckAsync(form.Email!, form.Password!);
        if (user is not null)
        {
            // Two-factor accounts are not signed in yet: the code comes next (TwoFactorController).
            if (user.TwoFactorEnabled)
            {
                await PendingSignIn.BeginAsync(HttpContext, user, Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : null);
                return Redirect(TwoFactorController.SecondStepPath);
            }

            await signIn.SignInAsync(user, isPersistent: false);
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : "/");
        }

        ModelState.AddModelError(string.Empty, passwords.Refusal);
        return View(form);
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(Login));
    }

    /// <summary>The link of an invitation e-mail: the invited person chooses a password.</summary>
    [HttpGet("set-password")]
    [AllowAnonymous]
    public IActionResult SetPassword(string? email, string? token) => View(new SetPasswordForm { Email = email, Token = token });

    [HttpPost("set-password")]
    [AllowAnonymous]
    [EnableRateLimiting(AuthenticationSetup.LoginRateLimit)]
    public async Task<IActionResult> SetPassword(SetPasswordForm form)
    {
        if (await TrySendAsync(new AcceptInvitation(form.Email ?? "", form.Token ?? "", form.NewPassword ?? ""), null, typeof(SetPasswordForm)) is null)
        {
            return View(form);
        }

        Saved("Your password is set. Sign in with it.");
        return RedirectToAction(nameof(Login));
    }

    [HttpGet("forgot-password")]
    [AllowAnonymous]
    public IActionResult ForgotPassword() => View(new ForgotPasswordForm());

    [HttpPost("forgot-password")]
    [AllowAnonymous]
    [EnableRateLimiting(AuthenticationSetup.LoginRateLimit)]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordForm form)
    {
        if (await TrySendAsync(new RequestPasswordReset(form.Email ?? ""), null, typeof(ForgotPasswordForm)) is not { } answer)
        {
            return View(form);
        }

        Saved(answer);
        return RedirectToAction(nameof(Login));
    }

    /// <summary>The link of a password-reset e-mail: the person chooses a new password.</summary>
    [HttpGet("reset-password")]
    [AllowAnonymous]
    public IActionResult ResetPassword(string? email, string? token) => View(new SetPasswordForm { Email = email, Token = token });

    [HttpPost("reset-password")]
    [AllowAnonymous]
    [EnableRateLimiting(AuthenticationSetup.LoginRateLimit)]
    public async Task<IActionResult> ResetPassword(SetPasswordForm form)
    {
        if (await TrySendAsync(new ResetPassword(form.Email ?? "", form.Token ?? "", form.NewPassword ?? ""), null, typeof(SetPasswordForm)) is null)
        {
            return View(form);
        }

        Saved("Your new password is set, and you are signed out everywhere else. Sign in with it.");
        return RedirectToAction(nameof(Login));
    }

    [HttpGet("denied")]
    public IActionResult Denied() => View();
}
