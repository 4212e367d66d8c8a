using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace UnHabitat.Meetings.Infrastructure.Persistence.Migrations;

/// <summary>Keeps the order in which the attendance was taken ("Kenya, France, China").</summary>
[DbContext(typeof(MeetingsDbContext))]
[Migration("20261124000000_AttendanceOrder")]
public sealed class AttendanceOrder : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<int>("Position", "Attendance", nullable: false, defaultValue: 0);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn("Position", "Attendance");
}
