// The compiled translations (.qm) are embedded into this library as resources under :/i18n.
// This file exists so the library has an object of its own to carry them.
namespace cessio::translations {
int anchor()
{
    return 0;
}
} // namespace cessio::translations
