package app.tribune.platform.security;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles (see {@link Roles}) that may call a service method, or every method of a service class.
 * Checked by {@link AllowedInterceptor} on each call, so a screen that forgets to hide a button
 * still cannot do what its user may not; a method's own annotation wins over its class's.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Allowed {

  @Nonbinding
  String[] value();
}
