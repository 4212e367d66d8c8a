using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace UnHabitat.Meetings.Infrastructure.Persistence.Migrations;

/// <summary>When an administrator deactivated a user (null: active); the account is kept for the histories it signs.</summary>
[DbContext(typeof(MeetingsDbContext))]
[Migration("20261205100000_UserDeactivation")]
public sealed class UserDeactivation : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<DateTime>("DeactivatedAt", "AspNetUsers", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn("DeactivatedAt", "AspNetUsers");
}
