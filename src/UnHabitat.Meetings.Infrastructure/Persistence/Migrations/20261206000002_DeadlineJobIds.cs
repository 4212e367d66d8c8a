using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using UnHabitat.Meetings.Infrastructure.Deadlines;

namespace UnHabitat.Meetings.Infrastructure.Persistence.Migrations;

/// <summary>The Hangfire job ids of each document's deadline and reminders (ADR 018): rescheduling moves those jobs.</summary>
[DbContext(typeof(MeetingsDbContext))]
[Migration("20261206000002_DeadlineJobIds")]
public sealed class DeadlineJobIdsColumn : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>(DeadlineJobIds.Column, "Documents", maxLength: DeadlineJobIds.MaxLength, nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(DeadlineJobIds.Column, "Documents");
}
