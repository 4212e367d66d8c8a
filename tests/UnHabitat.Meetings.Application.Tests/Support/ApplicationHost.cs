using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using UnHabitat.Meetings.Application;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Infrastructure;
using UnHabitat.Meetings.Infrastructure.Persistence;
using UnHabitat.Meetings.Testing;

namespace UnHabitat.Meetings.Application.Tests.Support;

/// <summary>The use cases with the real infrastructure and database, without the web layer.</summary>
public sealed class ApplicationHost : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private ApplicationHost(TestDatabase database, ServiceProvider provider, TestUser user)
    {
        Database = database;
        _provider = provider;
        User = user;
    }

    public TestDatabase Database { get; }

    public TestUser User { get; }

    public static async Task<ApplicationHost> StartAsync(bool initialize = true, Action<IServiceCollection>? configure = null)
    {
        var database = await TestDatabase.CreateAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(database.Settings).Build());
        services.AddHttpContextAccessor();
        services.AddAuthentication();
        services.AddApplication();
        services.AddInfrastructure(database.Folder);
        var user = new TestUser();
        services.AddSingleton<ICurrentUser>(user);
        configure?.Invoke(services);
        var host = new ApplicationHost(database, services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }), user);
        if (initialize)
        {
            await host.InScopeAsync(sp => sp.GetRequiredService<DatabaseInitializer>().InitializeAsync());
        }

        return host;
    }

    public async Task<T> SendAsync<T>(IRequest<T> request)
    {
        using var scope = _provider.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public async Task InScopeAsync(Func<IServiceProvider, Task> work)
    {
        using var scope = _provider.CreateScope();
        await work(scope.ServiceProvider);
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        using var scope = _provider.CreateScope();
        return await work(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        await Database.DisposeAsync();
    }
}

/// <summary>The caller, set by each test.</summary>
public sealed class TestUser : ICurrentUser
{
    private string[] _roles = [];

    public Guid? UserId { get; private set; }

    public string? UserName { get; private set; }

    public string? DisplayName => UserName;

    public bool IsAuthenticated => UserId is not null;

    public string? MemberState { get; private set; }

    public bool IsInRole(string role) => _roles.Contains(role);

    public void SignIn(string role, string? memberState = null) => SignInAs(Guid.NewGuid(), role, memberState);

    public void SignInAs(Guid userId, string role, string? memberState = null)
    {
        UserId = userId;
        UserName = $"{role.ToLowerInvariant()}@test.unhabitat.org";
        MemberState = memberState;
        _roles = [role];
    }

    public void SignOut()
    {
        UserId = null;
        UserName = null;
        MemberState = null;
        _roles = [];
    }
}
