package app.goodenough.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * The product's own classes, not those the build generates beside them when it processes the
 * configuration ahead of time (Spring AOT's {@code X__BeanDefinitions} and {@code X$$SpringCGLIB$$0}).
 */
final class WrittenClasses implements ImportOption {

    @Override
    public boolean includes(Location location) {
        return !location.contains("__") && !location.contains("$$SpringCGLIB$$");
    }
}
