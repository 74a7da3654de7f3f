/** Sign-in: clear messages for wrong credentials, rate limiting and an expired session. */
import { Alert, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LogoIcon } from '../components/Icons.tsx';
import { LanguageSwitcher } from '../components/LanguageSwitcher.tsx';
import { ApiError } from '../lib/api.ts';
import { useLocation } from '../lib/router.tsx';
import { login } from '../lib/session.tsx';
import { errorText } from '../lib/validation.ts';

export function LoginPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const loc = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [fieldErr, setFieldErr] = useState<{ username?: string; password?: string }>({});
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const fe: typeof fieldErr = {};
    if (!username.trim()) fe.username = t('login.enterUsername');
    if (!password) fe.password = t('login.enterPassword');
    setFieldErr(fe);
    if (fe.username || fe.password) return;
    setBusy(true);
    setError(null);
    try {
      await login(username.trim(), password);
      await qc.invalidateQueries({ queryKey: ['me'] });
    } catch (err) {
      setPassword('');
      if (err instanceof ApiError && err.code === 'UNAUTHENTICATED') setError(t('login.wrong'));
      else if (err instanceof ApiError && err.code === 'RATE_LIMITED') setError(t('login.rateLimited'));
      else setError(errorText(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Center mih="100vh" bg="gray.1" p="md">
      <Paper withBorder shadow="sm" p="xl" w={400} maw="100%" component="form" onSubmit={submit} noValidate aria-labelledby="login-title">
        <Stack gap="md">
          <Group justify="space-between">
            <Group gap={6}>
              <LogoIcon />
              <Title order={2} id="login-title">
                Vigil
              </Title>
            </Group>
            <LanguageSwitcher signedIn={false} />
          </Group>
          <Text size="sm" c="dimmed">
            {t('login.intro')}
          </Text>
          {loc.query.get('expired') && !error && (
            <Alert color="yellow" data-testid="session-expired">
              {t('login.expired')}
            </Alert>
          )}
          {error && (
            <Alert color="red" role="alert" data-testid="login-error">
              {error}
            </Alert>
          )}
          <TextInput label={t('login.username')} name="username" autoComplete="username" autoFocus value={username} onChange={(e) => setUsername(e.currentTarget.value)} error={fieldErr.username} />
          <PasswordInput label={t('login.password')} name="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.currentTarget.value)} error={fieldErr.password} />
          <Button type="submit" loading={busy} fullWidth>
            {t('login.submit')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('login.notice')}
          </Text>
        </Stack>
      </Paper>
    </Center>
  );
}
