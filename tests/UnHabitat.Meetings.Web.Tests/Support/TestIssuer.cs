using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace UnHabitat.Meetings.Web.Tests.Support;

/// <summary>What is wrong with the next id_token the issuer signs, for the tests of what the application refuses.</summary>
public enum IdTokenFault
{
    None,

    /// <summary>Signed with another key under the published key's id.</summary>
    WrongSignature,

    /// <summary>Issued to another client.</summary>
    WrongAudience,

    /// <summary>Carrying a nonce the application never sent.</summary>
    WrongNonce,
}

/// <summary>The person the issuer signs in at its next authorization request, as its directory knows them.</summary>
public sealed record IssuerUser(string Email, bool EmailVerified = true);

/// <summary>
/// A small OpenID Connect provider on a free port of 127.0.0.1 (Kestrel), nothing outside this machine: the
/// discovery document, its RSA key as a JWKS, an authorization endpoint that approves at once the person the
/// test chose, and a token endpoint that checks the client, the code and its PKCE verifier before it signs an
/// id_token. Every id_token also claims the Administrator role, which the application must ignore.
/// </summary>
public sealed class TestIssuer : IAsyncDisposable
{
    public const string ClientId = "unhabitat-meetings-tests";
    public const string ClientSecret = "Issuer-Client-Secret-2026";
    private const string KeyId = "test-issuer-key-1";

    private readonly RSA _key = RSA.Create(2048);
    private readonly RSA _otherKey = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, Grant> _codes = new(StringComparer.Ordinal);
    private WebApplication _web = null!;

    private TestIssuer()
    {
    }

    /// <summary>The issuer's address, as the application's Authentication:OpenIdConnect:Authority and the tokens' iss.</summary>
    public string Authority { get; private set; } = "";

    /// <summary>Who the next authorization request signs in; null answers access_denied.</summary>
    public IssuerUser? NextUser { get; set; }

    public IdTokenFault Fault { get; set; }

    /// <summary>The query of the last authorization request, as the application sent it.</summary>
    public IReadOnlyDictionary<string, string> LastAuthorization { get; private set; } = new Dictionary<string, string>();

    /// <summary>Codes exchanged for tokens after their PKCE verifier matched the challenge of the authorization request.</summary>
    public int CodesRedeemedWithPkce { get; private set; }

    public static async Task<TestIssuer> StartAsync()
    {
        var issuer = new TestIssuer();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var web = builder.Build();
        web.MapGet("/.well-known/openid-configuration", issuer.Discovery);
        web.MapGet("/jwks", issuer.Keys);
        web.MapGet("/authorize", issuer.Authorize);
        web.MapPost("/token", issuer.TokenAsync);
        await web.StartAsync();
        issuer._web = web;
        issuer.Authority = web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return issuer;
    }

    private IResult Discovery() => Results.Json(new Dictionary<string, object>
    {
        ["issuer"] = Authority,
        ["authorization_endpoint"] = $"{Authority}/authorize",
        ["token_endpoint"] = $"{Authority}/token",
        ["jwks_uri"] = $"{Authority}/jwks",
        ["response_types_supported"] = new[] { "code" },
        ["response_modes_supported"] = new[] { "query" },
        ["subject_types_supported"] = new[] { "public" },
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["code_challenge_methods_supported"] = new[] { "S256" },
        ["scopes_supported"] = new[] { "openid", "email", "profile" },
        ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_post", "client_secret_basic" },
    });

    private IResult Keys()
    {
        var parameters = _key.ExportParameters(includePrivateParameters: false);
        return Results.Json(new
        {
            keys = new[]
            {
                new { kty = "RSA", use = "sig", alg = "RS256", kid = KeyId, n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent) },
            },
        });
    }

    private IResult Authorize(HttpRequest request)
    {
        var query = request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        LastAuthorization = query;
        var redirect = query.GetValueOrDefault("redirect_uri", "");
        var state = Uri.EscapeDataString(query.GetValueOrDefault("state", ""));
        if (query.GetValueOrDefault("client_id") != ClientId || query.GetValueOrDefault("response_type") != "code" || redirect.Length == 0)
        {
            return Results.BadRequest("Unknown client or not the authorization code flow.");
        }

        if (NextUser is not { } user)
        {
            return Results.Redirect($"{redirect}?error=access_denied&state={state}");
        }

        var code = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        _codes[code] = new Grant(user, Fault, query.GetValueOrDefault("nonce", ""), query.GetValueOrDefault("code_challenge", ""), query.GetValueOrDefault("code_challenge_method", ""), redirect);
        return Results.Redirect($"{redirect}?code={code}&state={state}");
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var (clientId, secret) = Client(request, form);
        if (clientId != ClientId || secret != ClientSecret)
        {
            return Results.Json(new { error = "invalid_client" }, statusCode: 401);
        }

        if (form["grant_type"] != "authorization_code" || !_codes.TryRemove(form["code"].ToString(), out var grant) || form["redirect_uri"] != grant.RedirectUri)
        {
            return Results.Json(new { error = "invalid_grant" }, statusCode: 400);
        }

        // RFC 7636: the verifier sent now must hash to the challenge sent with the authorization request.
        var verifier = form["code_verifier"].ToString();
        if (grant.ChallengeMethod != "S256" || verifier.Length == 0 || Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))) != grant.Challenge)
        {
            return Results.Json(new { error = "invalid_grant", error_description = "PKCE verification failed" }, statusCode: 400);
        }

        CodesRedeemedWithPkce++;
        return Results.Json(new
        {
            access_token = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32)),
            token_type = "Bearer",
            expires_in = 300,
            id_token = IdToken(grant),
        });
    }

    private string IdToken(Grant grant)
    {
        var now = DateTime.UtcNow;
        var key = new RsaSecurityKey(grant.Fault == IdTokenFault.WrongSignature ? _otherKey : _key) { KeyId = KeyId };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = grant.Fault == IdTokenFault.WrongAudience ? "another-application" : ClientId,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
            Claims = new Dictionary<string, object>
            {
                ["sub"] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(grant.User.Email))),
                ["nonce"] = grant.Fault == IdTokenFault.WrongNonce ? "a-nonce-the-application-never-sent" : grant.Nonce,
                ["email"] = grant.User.Email,
                ["email_verified"] = grant.User.EmailVerified,
                ["name"] = "Someone of the directory",
                ["amr"] = new[] { "pwd", "mfa" },
                // The directory's own roles: the application must give them no weight.
                ["roles"] = new[] { "Administrator" },
                ["role"] = "Administrator",
            },
        });
    }

    private static (string? Id, string? Secret) Client(HttpRequest request, IFormCollection form)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..])).Split(':', 2);
            return (Uri.UnescapeDataString(pair[0]), pair.Length > 1 ? Uri.UnescapeDataString(pair[1]) : null);
        }

        return (form["client_id"], form["client_secret"]);
    }

    public async ValueTask DisposeAsync()
    {
        await _web.DisposeAsync();
        _key.Dispose();
        _otherKey.Dispose();
    }

    private sealed record Grant(IssuerUser User, IdTokenFault Fault, string Nonce, string Challenge, string ChallengeMethod, string RedirectUri);
}
