using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UnHabitat.Meetings.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ResolutionTopicIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SecretariatResponses_ResolutionReference",
                table: "SecretariatResponses");

            migrationBuilder.DropIndex(
                name: "IX_Interventions_ResolutionReference",
                table: "Interventions");

            migrationBuilder.CreateIndex(
                name: "IX_SecretariatResponses_ResolutionReference_Topic",
                table: "SecretariatResponses",
                columns: new[] { "ResolutionReference", "Topic" });

            migrationBuilder.CreateIndex(
                name: "IX_Interventions_ResolutionReference_Topic",
                table: "Interventions",
                columns: new[] { "ResolutionReference", "Topic" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SecretariatResponses_ResolutionReference_Topic",
                table: "SecretariatResponses");

            migrationBuilder.DropIndex(
                name: "IX_Interventions_ResolutionReference_Topic",
                table: "Interventions");

            migrationBuilder.CreateIndex(
                name: "IX_SecretariatResponses_ResolutionReference",
                table: "SecretariatResponses",
                column: "ResolutionReference");

            migrationBuilder.CreateIndex(
                name: "IX_Interventions_ResolutionReference",
                table: "Interventions",
                column: "ResolutionReference");
        }
    }
}
