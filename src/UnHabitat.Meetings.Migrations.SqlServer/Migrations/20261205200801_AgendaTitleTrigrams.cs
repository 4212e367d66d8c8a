using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UnHabitat.Meetings.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AgendaTitleTrigrams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
