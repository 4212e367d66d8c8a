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
    PasswordCheck passwords,
    IOptionsMonitor<BearerTokenOptions> bearerOptions,
    TimeProvider clock) : ApiController
{
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

        var user = await passwords.CheckAsync(request.Email, request.Password);
        if (user is null)
        {
            return Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in refused", detail: passwords.Refusal);
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        var options = bearerOptions.Get(IdentityConstants.BearerScheme);
        var now = clock.GetUtcNow();
        var properties = new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now + options.BearerTokenExpiration };
        var token = options.BearerTokenProtector.Protect(new AuthenticationTicket(principal, properties, IdentityConstants.BearerScheme));
        return Ok(new TokenResponse(token, "Bearer", (long)options.BearerTokenExpiration.TotalSeconds));
    }
}
