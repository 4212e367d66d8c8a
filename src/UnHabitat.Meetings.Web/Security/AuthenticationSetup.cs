using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using UnHabitat.Meetings.Application.Abstractions;

namespace UnHabitat.Meetings.Web.Security;

internal static class AuthenticationSetup
{
    public const string LoginRateLimit = "login";
    private const string Selector = "BearerOrCookie";

    /// <summary>
    /// The API takes bearer tokens only (no cookie, so no cross-site request forgery through it); the
    /// Razor UI takes the Identity cookie. Unknown callers get 401 on the API and the sign-in page in the UI.
    /// Single sign-on through the organisation's identity provider is added when configured (ADR 020).
    /// </summary>
    public static IServiceCollection AddMeetingsAuthentication(this IServiceCollection services, SingleSignOn? singleSignOn = null)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<Application.Abstractions.ICurrentUser, CurrentUser>();
        services.AddSingleton<FailedSignIns>();
        services.AddScoped<PasswordCheck>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = Selector;
                options.DefaultChallengeScheme = Selector;
            })
            .AddPolicyScheme(Selector, "Bearer for the API, cookie for the UI", options =>
                options.ForwardDefaultSelector = context => IsApi(context.Request) ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddCookie(IdentityConstants.ApplicationScheme, options =>
            {
                options.Cookie.Name = "UnHabitat.Meetings";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.LoginPath = "/account/login";
                options.LogoutPath = "/account/logout";
                options.AccessDeniedPath = "/account/denied";
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
            })
            .AddSingleSignOn(singleSignOn);

        // Cookies go out over https only when people reach the application over https (App:PublicUrl).
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<IPublicAddress>((options, address) => options.Cookie.SecurePolicy = SecurePolicy(address));
        services.AddOptions<AntiforgeryOptions>().Configure<IPublicAddress>((options, address) => options.Cookie.SecurePolicy = SecurePolicy(address));
        services.AddOptions<CookieTempDataProviderOptions>().Configure<IPublicAddress>((options, address) => options.Cookie.SecurePolicy = SecurePolicy(address));
        services.AddTrustedProxies();

        services.AddOptions<BearerTokenOptions>(IdentityConstants.BearerScheme).Configure<IConfiguration>((options, configuration) =>
            options.BearerTokenExpiration = TimeSpan.FromMinutes(configuration.GetValue("Identity:TokenMinutes", 480)));

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(LoginRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IConfiguration>().GetValue("RateLimits:LoginPerMinute", 10),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            options.OnRejected = async (context, token) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await Results.Problem(statusCode: 429, title: "Too many sign-in attempts", detail: "Wait a minute before trying again.")
                    .ExecuteAsync(context.HttpContext).ConfigureAwait(false);
            };
        });
        return services;
    }

    private static CookieSecurePolicy SecurePolicy(IPublicAddress address) => address.IsHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
