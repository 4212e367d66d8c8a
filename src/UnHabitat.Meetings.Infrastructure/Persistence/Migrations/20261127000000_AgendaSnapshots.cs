using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace UnHabitat.Meetings.Infrastructure.Persistence.Migrations;

/// <summary>Each step of an agenda keeps the items as they read then, so a chair sees what changed since deciding.</summary>
[DbContext(typeof(MeetingsDbContext))]
[Migration("20261127000000_AgendaSnapshots")]
public sealed class AgendaSnapshots : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>("Snapshot", "AgendaTransitions", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn("Snapshot", "AgendaTransitions");
}
