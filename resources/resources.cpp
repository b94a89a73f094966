// Icons are embedded into this library as resources under :/icons.
namespace cessio::resources {
int anchor()
{
    return 0;
}
} // namespace cessio::resources
