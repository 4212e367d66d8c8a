using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using UnHabitat.Meetings.Application.Abstractions;

namespace UnHabitat.Meetings.Web.Security;

/// <summary>A setting of single sign-on that cannot work, said in one line naming it; the start stops.</summary>
public sealed class SingleSignOnSettingException(string message) : Exception(message);

/// <summary>
/// Single sign-on with the organisation's identity provider (OpenID Connect, ADR 020), on only when
/// <c>Authentication:OpenIdConnect:Authority</c> is set. The provider only says who the person is: the
/// account, its roles and its Member State stay managed here.
/// </summary>
public sealed class SingleSignOn
{
    public const string Section = "Authentication:OpenIdConnect";
    public const string Scheme = "OpenIdConnect";
    private const string DefaultDisplayName = "your organisation's account";
    private static readonly string[] OtherSettings = ["ClientId", "ClientSecret", "DisplayName", "RequireVerifiedEmail"];

    private SingleSignOn(Uri authority, string clientId, string? clientSecret, string displayName, bool requireVerifiedEmail)
    {
        Authority = authority;
        ClientId = clientId;
        ClientSecret = clientSecret;
        DisplayName = displayName;
        RequireVerifiedEmail = requireVerifiedEmail;
    }

    public Uri Authority { get; }

    public string ClientId { get; }

    public string? ClientSecret { get; }

    /// <summary>What the sign-in page calls the provider: "Sign in with {DisplayName}".</summary>
    public string DisplayName { get; }

    /// <summary>Whether the provider must say the address is verified (<c>email_verified</c>); off for a directory that issues only its own addresses.</summary>
    public bool RequireVerifiedEmail { get; }

    /// <summary>
    /// The settings when single sign-on is configured, null when it is off; a setting that cannot work stops
    /// the start with a sentence naming it, before anything else is done.
    /// </summary>
    public static SingleSignOn? Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var authority = section["Authority"]?.Trim();
        var clientId = section["ClientId"]?.Trim();
        var clientSecret = section["ClientSecret"];
        var displayName = section["DisplayName"]?.Trim();
        if (string.IsNullOrEmpty(authority))
        {
            var orphan = OtherSettings.FirstOrDefault(k => !string.IsNullOrWhiteSpace(section[k]));
            return orphan is null
                ? null
                : throw new SingleSignOnSettingException($"{Section}:Authority is not set but {Section}:{orphan} is: set the address of the identity provider (e.g. https://login.microsoftonline.com/<tenant>/v2.0) or remove the other {Section} settings.");
        }

        if (!Uri.TryCreate(authority, UriKind.Absolute, out var url) || !string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.Fragment)
            || !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && IsLoopback(url))))
        {
            // Plain http only on this machine (a test or local provider): elsewhere the keys would travel unprotected.
            throw new SingleSignOnSettingException($"{Section}:Authority must be the https address of the identity provider (e.g. https://login.microsoftonline.com/<tenant>/v2.0); it is '{authority}'.");
        }

        if (string.IsNullOrEmpty(clientId))
        {
            throw new SingleSignOnSettingException($"{Section}:ClientId is not set: give the application's client id registered with the identity provider at {authority}.");
        }

        var verified = section["RequireVerifiedEmail"];
        var requireVerifiedEmail = true;
        if (!string.IsNullOrWhiteSpace(verified) && !bool.TryParse(verified.Trim(), out requireVerifiedEmail))
        {
            throw new SingleSignOnSettingException($"{Section}:RequireVerifiedEmail must be true or false; it is '{verified}'.");
        }

        return new SingleSignOn(url, clientId, string.IsNullOrEmpty(clientSecret) ? null : clientSecret, string.IsNullOrEmpty(displayName) ? DefaultDisplayName : displayName, requireVerifiedEmail);
    }

    private static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}

/// <summary>Whether single sign-on is on, for the sign-in page and the routes of <c>account/sso</c> (404 when off).</summary>
public sealed class SingleSignOnState(SingleSignOn? settings)
{
    public SingleSignOn? Settings { get; } = settings;

    public bool IsOn => Settings is not null;
}

internal static partial class SingleSignOnSetup
{
    public const string CallbackPath = "/signin-oidc";
    public const string RefusedPath = "/account/sso/refused";

    /// <summary>
    /// The authorization code flow with PKCE, the provider's answer coming back as a plain redirect (query):
    /// the short-lived correlation and nonce cookies can then stay SameSite=Lax like the others. What the
    /// provider says lands in a short external cookie only; <c>account/sso/done</c> matches the person to an
    /// account and issues the application's own cookie exactly as a password sign-in does.
    /// </summary>
    public static AuthenticationBuilder AddSingleSignOn(this AuthenticationBuilder authentication, SingleSignOn? settings)
    {
        authentication.Services.AddSingleton(new SingleSignOnState(settings));
        if (settings is null)
        {
            return authentication;
        }

        authentication
            .AddCookie(IdentityConstants.ExternalScheme, options =>
            {
                options.Cookie.Name = "UnHabitat.Meetings.External";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.ExpireTimeSpan = TimeSpan.FromMinutes(5);
                options.SlidingExpiration = false;
            })
            .AddOpenIdConnect(SingleSignOn.Scheme, settings.DisplayName, options =>
            {
                options.Authority = settings.Authority.ToString();
                options.RequireHttpsMetadata = settings.Authority.Scheme == Uri.UriSchemeHttps;
                options.ClientId = settings.ClientId;
                options.ClientSecret = settings.ClientSecret;
                options.ResponseType = OpenIdConnectResponseType.Code;
                options.ResponseMode = OpenIdConnectResponseMode.Query;
                options.UsePkce = true;
                options.CallbackPath = CallbackPath;
                options.SignInScheme = IdentityConstants.ExternalScheme;
                options.Scope.Clear();
                options.Scope.Add("openid");
                options.Scope.Add("email");
                options.Scope.Add("profile");
                // Claims keep the names the provider gives them (email, email_verified); none of them is a role here.
                options.MapInboundClaims = false;
                options.GetClaimsFromUserInfoEndpoint = false;
                options.SaveTokens = false;
                options.DisableTelemetry = true;
                options.CorrelationCookie.SameSite = SameSiteMode.Lax;
                options.NonceCookie.SameSite = SameSiteMode.Lax;
                options.BackchannelTimeout = TimeSpan.FromSeconds(10);
                options.Events.OnRedirectToIdentityProvider = context =>
                {
                    // The address the provider sends the person back to is built on App:PublicUrl, never on the Host header.
                    context.ProtocolMessage.RedirectUri = context.HttpContext.RequestServices.GetRequiredService<IPublicAddress>().Absolute(CallbackPath);
                    return Task.CompletedTask;
                };
                options.Events.OnRemoteFailure = RefuseAsync;
            });

        // Over http (App:PublicUrl) the correlation and nonce cookies cannot be Secure, or the browser would not send them back.
        authentication.Services.AddOptions<OpenIdConnectOptions>(SingleSignOn.Scheme).Configure<IPublicAddress>((options, address) =>
        {
            var policy = address.IsHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            options.CorrelationCookie.SecurePolicy = policy;
            options.NonceCookie.SecurePolicy = policy;
        });
        authentication.Services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ExternalScheme).Configure<IPublicAddress>((options, address) =>
            options.Cookie.SecurePolicy = address.IsHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);
        return authentication;
    }

    /// <summary>
    /// The provider's answer could not be trusted (a bad signature, another audience, a replayed nonce, an
    /// error the provider sent back): the attempt goes to the audit log and the person to a page that says so.
    /// </summary>
    private static async Task RefuseAsync(RemoteFailureContext context)
    {
        var state = context.HttpContext.RequestServices.GetRequiredService<SingleSignOnState>();
        var audit = context.HttpContext.RequestServices.GetRequiredService<PasswordCheck>();
        await audit.AuditAsync(null, $"{state.Settings!.DisplayName} (single sign-on)", SignInOutcomes.SingleSignOnFailed).ConfigureAwait(false);
        Refused(context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SingleSignOnSetup)), context.Failure?.Message);
        context.Response.Redirect(RefusedPath);
        context.HandleResponse();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An answer of the identity provider was refused: {Reason}")]
    private static partial void Refused(ILogger logger, string? reason);
}
