using Microsoft.EntityFrameworkCore.Design;
using UnHabitat.Meetings.Infrastructure.Persistence;

namespace UnHabitat.Meetings.Migrations.SqlServer;

/// <summary>What `dotnet ef` works with in this project: the app's model on SqlServer (./build.sh migration NAME).</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MeetingsDbContext>
{
    public MeetingsDbContext CreateDbContext(string[] args) => DatabaseEngines.DesignTimeContext(DatabaseProvider.SqlServer);
}
