using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UnHabitat.Meetings.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DeadlineJobIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DeadlineJobIds",
                table: "Documents",
                type: "TEXT",
                maxLength: 400,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DeadlineJobIds",
                table: "Documents");
        }
    }
}
