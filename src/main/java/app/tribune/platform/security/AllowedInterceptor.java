package app.tribune.platform.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.SecurityContext;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.function.Predicate;

/** Refuses a call to an {@link Allowed} method when the caller has none of its roles. */
@Allowed({})
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AllowedInterceptor {

  @Inject private SecurityContext security;

  @AroundInvoke
  Object check(InvocationContext call) throws Exception {
    checkRoles(call.getMethod(), security::isCallerInRole);
    return call.proceed();
  }

  /**
   * Throws {@link AccessDenied} unless the caller has one of the roles the method, or else its
   * class, allows.
   */
  static void checkRoles(Method method, Predicate<String> callerIsIn) {
    Allowed allowed = method.getAnnotation(Allowed.class);
    if (allowed == null) {
      allowed = method.getDeclaringClass().getAnnotation(Allowed.class);
    }
    if (allowed == null || Arrays.stream(allowed.value()).noneMatch(callerIsIn)) {
      throw new AccessDenied(method.getDeclaringClass().getSimpleName() + '.' + method.getName());
    }
  }
}
