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
        app.MapHangfireDashboard(Path, options, storage).RequireAuthorization();
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
