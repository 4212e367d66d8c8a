using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
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

    [HttpGet("denied")]
    public IActionResult Denied() => View();
}
