package app.orbit.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a view model's property that its view writes (a field bound both ways, a choice): the
 * others are exposed read-only, and ArchitectureTest fails on a writable one without this mark.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ViewEdits {
}
