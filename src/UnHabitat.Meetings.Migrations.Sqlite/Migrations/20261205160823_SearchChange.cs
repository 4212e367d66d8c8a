using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UnHabitat.Meetings.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SearchChange : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_Date_Id_Kind_Published_BodyId_Language",
                table: "SearchEntries",
                columns: new[] { "Date", "Id", "Kind", "Published", "BodyId", "Language" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SearchEntries_Date_Id_Kind_Published_BodyId_Language",
                table: "SearchEntries");
        }
    }
}
