using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Infrastructure.Identity;
using UnHabitat.Meetings.Web.Security;

namespace UnHabitat.Meetings.Web.Api;

/// <param name="Code">For accounts with two-factor sign-in: the authenticator app's code or a recovery code.</param>
public sealed record LoginRequest(string? Email, string? Password, string? Code = null);

public sealed record PasswordResetRequest(string? Email);

public sealed record PasswordResetConfirmation(string? Email, string? Token, string? NewPassword);

public sealed record PasswordResetAnswer(string Message);

public sealed record TokenResponse(string AccessToken, string TokenType, long ExpiresIn);

[Route("api/auth")]
public sealed class AuthController(
    SignInManager<MeetingsUser> signIn,
    PasswordCheck passwords,
    SecondFactorCheck secondFactor,
    IConfiguration configuration,
    IOptionsMonitor<BearerTokenOptions> bearerOptions,
    TimeProvider clock) : ApiController
{
    /// <summary>
    /// Exchanges an e-mail address and password for a bearer token; with two-factor sign-in on, also the code
    /// of the authenticator app (or a recovery code) in "code". Without the code such an account gets 401 with
    /// the title "Second factor needed"; an administrator without two-factor sign-in gets 403 (set it up in the pages).
    /// </summary>
    [HttpPost("login")]
    [AllowAnonymous]
    [EnableRateLimiting(AuthenticationSetup.LoginRateLimit)]
    [ProducesResponseType<TokenResponse>(200)]
    [ProducesResponseType<ProblemDetails>(401)]
    [ProducesResponseType<ProblemDetails>(403)]
    public async Task<ActionResult<TokenResponse>> Login(LoginRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Email))
        {
            throw InvalidInput.For("email", "Give your e-mail address.");
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            throw InvalidInput.For("password", "Give your password.");
        }

        var user = await passwords.CheckAsync(request.Email, request.Password);
        if (user is null)
        {
            return Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in refused", detail: passwords.Refusal);
        }

        if (user.TwoFactorEnabled)
        {
            if (string.IsNullOrWhiteSpace(request.Code))
            {
                return Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Second factor needed",
                    detail: "This account signs in with a second factor: send the six-digit code your authenticator app shows (or one of your recovery codes) as \"code\", with the e-mail address and the password.");
            }

            if (!await secondFactor.CheckAsync(user, request.Code))
            {
                return Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in refused", detail: secondFactor.Refusal);
            }
        }
        else if (TwoFactorSettings.IsRequired(configuration, await signIn.UserManager.GetRolesAsync(user)))
        {
            return Problem(statusCode: StatusCodes.Status403Forbidden, title: "Two-factor sign-in needed",
                detail: $"Administrators sign in with a second factor. Sign in on the sign-in page and set it up ({SecondFactorGate.SetUpPath}), then ask for a token with its code in \"code\".");
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        var options = bearerOptions.Get(IdentityConstants.BearerScheme);
        var now = clock.GetUtcNow();
        var properties = new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now + options.BearerTokenExpiration };
        var token = options.BearerTokenProtector.Protect(new AuthenticationTicket(principal, properties, IdentityConstants.BearerScheme));
        return Ok(new TokenResponse(token, "Bearer", (long)options.BearerTokenExpiration.TotalSeconds));
    }

    /// <summary>
    /// Sends a link to choose a new password to the address, if it has an account. The answer (202) is the
    /// same either way, so it tells nobody who has an account.
    /// </summary>
    [HttpPost("password-reset")]
    [AllowAnonymous]
    [EnableRateLimiting(AuthenticationSetup.LoginRateLimit)]
    [ProducesResponseType<PasswordResetAnswer>(202)]
    public async Task<IActionResult> RequestPasswordReset(PasswordResetRequest request)
    {
        var answer = await Mediator.Send(new Application.Users.RequestPasswordReset(request.Email ?? ""));
        return Accepted(new PasswordResetAnswer(answer));
    }

    /// <summary>Sets the new password with the token of the e-mailed link (once, before it expires); other sessions end.</summary>
    [HttpPost("password-reset/confirm")]
    [AllowAnonymous]
    [EnableRateLimiting(AuthenticationSetup.LoginRateLimit)]
    [ProducesResponseType(204)]
    public async Task<IActionResult> ConfirmPasswordReset(PasswordResetConfirmation request)
    {
        await Mediator.Send(new Application.Users.ResetPassword(request.Email ?? "", request.Token ?? "", request.NewPassword ?? ""));
        return NoContent();
    }
}
