using System.Text.Json.Serialization;
using UnHabitat.Meetings.Application;
using UnHabitat.Meetings.Infrastructure;
using UnHabitat.Meetings.Infrastructure.Persistence;
using UnHabitat.Meetings.Infrastructure.Rendering;
using UnHabitat.Meetings.Web;
using UnHabitat.Meetings.Web.Errors;
using UnHabitat.Meetings.Web.Security;

var builder = WebApplication.CreateBuilder(args);

SingleSignOn? singleSignOn;
try
{
    singleSignOn = SingleSignOn.Read(builder.Configuration);
    await DatabaseSettingsCheck.RunAsync(builder.Configuration, builder.Environment.ContentRootPath);
}
catch (Exception e) when (e is DatabaseSettingException or SingleSignOnSettingException)
{
    // One sentence naming the setting to fix, and a failing exit code for the service manager.
    await Console.Error.WriteLineAsync($"UnHabitat.Meetings cannot start: {e.Message}");
    return 1;
}

if (!builder.Environment.IsDevelopment())
{
    // One JSON object per line, with the request id in its scope, for the log collector.
    builder.Logging.ClearProviders();
    builder.Logging.AddJsonConsole(options =>
    {
        options.IncludeScopes = true;
        options.UseUtcTimestamp = true;
        options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
    });
}

builder.Services.AddKeyedSingleton<TextWriter>(StartupBanner.OutputKey, (_, _) => Console.Out);
builder.Services.AddHostedService<StartupBanner>();
builder.Services.AddSingleton<UnHabitat.Meetings.Web.Delivery.HotFiles>();
builder.Services.AddSingleton<UnHabitat.Meetings.Web.Delivery.PrintedSummaries>();
builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Environment.ContentRootPath);
builder.Services.AddScheduling(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddRendering();
builder.Services.AddMeetingsAuthentication(singleSignOn);
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
builder.Services.PostConfigure<Microsoft.AspNetCore.Mvc.ApiBehaviorOptions>(ModelBindingProblems.Configure);
// The OpenAPI document reads these options: enums are described by their names, as the API reads and writes them.
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.Services.AddOpenApi();
builder.Services.AddControllersWithViews(options => options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true)
    .AddJsonOptions(options => options.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter()));

var app = builder.Build();

// First, so that everything after sees the client's address behind a known proxy (App:KnownProxies).
app.UseForwardedHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.Use(SecurityHeaders.Apply);
app.UseStaticFiles();
app.UseSwaggerUI(options =>
{
    options.RoutePrefix = "api/docs";
    options.SwaggerEndpoint("/openapi/v1.json", "UnHabitat.Meetings API v1");
    options.DocumentTitle = "UnHabitat.Meetings API";
});
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.Use(LiveAccountCheck.Apply);
app.Use(SecondFactorGate.Apply);
app.UseAuthorization();

app.MapOpenApi().AllowAnonymous();
app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
app.MapControllers();
app.MapJobsDashboard();
app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");

await app.RunAsync();
return 0;

/// <summary>Entry point; public so that the tests' WebApplicationFactory can start the real app.</summary>
public partial class Program;
