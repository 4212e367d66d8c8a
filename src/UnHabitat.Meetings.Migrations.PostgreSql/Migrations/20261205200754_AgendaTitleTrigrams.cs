using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UnHabitat.Meetings.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AgendaTitleTrigrams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_Title_Trigrams",
                table: "AgendaItems",
                column: "Title")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AgendaItems_Title_Trigrams",
                table: "AgendaItems");
        }
    }
}
