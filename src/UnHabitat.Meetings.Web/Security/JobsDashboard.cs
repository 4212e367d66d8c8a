using System.Globalization;
using Hangfire;
using Hangfire.Dashboard;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Web.Security;

/// <summary>
/// Hangfire's dashboard at /jobs (ADR 018), behind the pages' cookie sign-in: signed-out callers are sent to
/// sign in (the fallback policy), administrators may act on jobs, the Secretariat may look, anyone else
/// gets 403.
/// </summary>
internal static class JobsDashboard
{
    public const string Path = "/jobs";

    /// <summary>Hangfire's own colours, darkened where they fail WCAG's contrast ratio (axe-core, issue 16 point 3).</summary>
    private const string Stylesheet = "UnHabitat.Meetings.Web.Security.JobsDashboard.css";

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private static int _styled;

    public static void MapJobsDashboard(this WebApplication app)
    {
        // Not registered when the EF tools build the host (no job server then).
        if (app.Services.GetService<JobStorage>() is not { } storage)
        {
            return;
        }

        var options = new DashboardOptions
        {
            Authorization = [new RoleFilter()],
            IsReadOnlyFunc = context => !context.GetHttpContext().User.IsInRole(Roles.Administrator),
            AppPath = "/admin/users",
            DashboardTitle = "Jobs: deadlines, reminders and e-mail",
            // The connection string would show the database password to whoever may look.
            DisplayStorageConnectionString = false,
        };
        // Hangfire keeps its stylesheets in a static list: added once, whatever the number of applications in the process.
        if (Interlocked.Exchange(ref _styled, 1) == 0)
        {
            GlobalConfiguration.Configuration.UseDashboardStylesheet(typeof(JobsDashboard).Assembly, Stylesheet);
        }

        app.MapHangfireDashboard(Path, options, storage).RequireAuthorization()
            .Add(endpoint =>
            {
                // The dashboard names its language after the current UI culture: the invariant one gives "iv",
                // which no screen reader knows. Its texts are English.
                var dashboard = endpoint.RequestDelegate!;
                endpoint.RequestDelegate = context =>
                {
                    CultureInfo.CurrentUICulture = English;
                    return dashboard(context);
                };
            });
    }

    private sealed class RoleFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context)
        {
            var user = context.GetHttpContext().User;
            return user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Secretariat);
        }
    }
}
