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

public sealed record LoginRequest(string? Email, string? Password);

public sealed record TokenResponse(string AccessToken, string TokenType, long ExpiresIn);

[Route("api/auth")]
public sealed class AuthController(
    SignInManager<MeetingsUser> signIn,
    UserManager<MeetingsUser> users,
    IOptionsMonitor<BearerTokenOptions> bearerOptions,
    TimeProvider clock) : ApiController
{
    public const string WrongCredentials = "The e-mail address or the password is not right.";
    public const string LockedOut = "Too many failed attempts: sign-in is blocked for a while. Try again later.";

    /// <summary>Exchanges an e-mail address and password for a bearer token.</summary>
    [HttpPost("login")]
    [AllowAnonymous]
    [EnableRateLimiting(AuthenticationSetup.LoginRateLimit)]
    [ProducesResponseType<TokenResponse>(200)]
    [ProducesResponseType<ProblemDetails>(401)]
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

        var user = await users.FindByEmailAsync(request.Email.Trim());
        if (user is null)
        {
            // Spend the time a real check would take, so that timing does not tell who has an account.
            users.PasswordHasher.HashPassword(new MeetingsUser(), request.Password);
            return Refused(WrongCredentials);
        }

        var result = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return Refused(LockedOut);
        }

        if (!result.Succeeded)
        {
            return Refused(WrongCredentials);
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        var options = bearerOptions.Get(IdentityConstants.BearerScheme);
        var now = clock.GetUtcNow();
        var properties = new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now + options.BearerTokenExpiration };
        var token = options.BearerTokenProtector.Protect(new AuthenticationTicket(principal, properties, IdentityConstants.BearerScheme));
        return Ok(new TokenResponse(token, "Bearer", (long)options.BearerTokenExpiration.TotalSeconds));
    }

    private ObjectResult Refused(string detail) =>
        Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in refused", detail: detail);
}
