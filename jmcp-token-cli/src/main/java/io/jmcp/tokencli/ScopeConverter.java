package io.jmcp.tokencli;

import io.jmcp.core.spi.Scope;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --scope} by the names the token file uses, so the error lists exactly those. */
final class ScopeConverter implements ITypeConverter<Scope> {

    @Override
    public Scope convert(String value) {
        try {
            return Scope.fromWireName(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
