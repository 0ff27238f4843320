package app.orbit.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class of the window, not a view model, that may still call a service, with the reason
 * (ArchitectureTest reads it). Keep these few: a view talks to its view model.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface UiServiceAccess {

    /** Why this class cannot go through a view model. */
    String reason();
}
